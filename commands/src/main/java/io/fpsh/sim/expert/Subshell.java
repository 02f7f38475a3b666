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
        return ExitRequest.read(args, lastStatus, err).status();
    }

    /** {@code logout}: a subshell is no login shell, so bash refuses and the subshell goes on. */
    static int logout(PrintStream err) {
        err.println("-bash: logout: not login shell: use `exit'");
        return 1;
    }
}
