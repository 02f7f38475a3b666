package io.fpsh.sim;

import io.fpsh.sim.expert.ExternalCommand;

/**
 * The expert commands that change the session rather than print: {@code exit}/{@code logout} leave a shell
 * ({@link SudoCommand}, {@link SuCommand} and {@link ShellProgram} open root's).
 */
final class SessionExternals {
    private SessionExternals() {}

    static ExternalCommand exit(FtdSession session) {
        return call -> {
            boolean login = session.leaveShell();
            call.out().println(login ? "logout" : "exit");
            return 0;
        };
    }
}
