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

    /**
     * bash's {@code exit [N]}: N modulo 256, or the last status; a non-number is status 2. A subshell is not
     * interactive, so it exits even on a usage error (status 1 for too many arguments).
     */
    int exit(List<String> args, int lastStatus, PrintStream err) {
        exited = true;
        if (args.size() > 1) {
            err.println("-bash: exit: too many arguments");
            return 1;
        }
        if (args.isEmpty()) {
            return lastStatus;
        }
        String value = args.get(0);
        try {
            return (int) (parseNumber(value) & 0xff);
        } catch (NumberFormatException e) {
            err.println("-bash: exit: " + BashQuoting.forMessage(value) + ": numeric argument required");
            return 2;
        }
    }

    /** {@code logout}: a subshell is no login shell, so bash refuses and the subshell goes on. */
    static int logout(PrintStream err) {
        err.println("-bash: logout: not login shell: use `exit'");
        return 1;
    }

    /** A decimal 64-bit number with an optional sign and blanks around it, as bash's legal_number reads it. */
    private static long parseNumber(String value) {
        if (!value.matches("\\s*[-+]?\\d+[ \t]*")) {
            throw new NumberFormatException(value);
        }
        return Long.parseLong(value.trim()); // out of range is not a number either
    }
}
