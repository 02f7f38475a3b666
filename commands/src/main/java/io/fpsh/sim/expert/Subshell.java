package io.fpsh.sim.expert;

import java.io.PrintStream;
import java.util.List;

/**
 * One subshell: a running {@code ( list )}, or a stage of a longer pipeline (bash forks each); {@code exit} inside
 * it ends it, not the session's shell.
 */
final class Subshell {
    private volatile boolean exited;

    boolean exited() {
        return exited;
    }

    /** bash's {@code exit [N]}: N modulo 256, or the last status; a non-number is status 2 and exits too. */
    int exit(List<String> args, int lastStatus, PrintStream err) {
        if (args.size() > 1) {
            err.println("-bash: exit: too many arguments");
            return 1; // bash stays in the shell
        }
        exited = true;
        if (args.isEmpty()) {
            return lastStatus;
        }
        String value = args.get(0);
        if (!value.matches("[-+]?\\d{1,18}")) {
            err.println("-bash: exit: " + BashQuoting.forMessage(value) + ": numeric argument required");
            return 2;
        }
        return (int) (Long.parseLong(value) & 0xff);
    }
}
