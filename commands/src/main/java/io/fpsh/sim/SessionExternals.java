package io.fpsh.sim;

import io.fpsh.sim.expert.ExitRequest;
import io.fpsh.sim.expert.ExternalCommand;

/**
 * The expert commands that change the session rather than print: {@code exit}/{@code logout} leave a shell
 * ({@link SudoCommand}, {@link SuCommand} and {@link ShellProgram} open root's).
 */
final class SessionExternals {
    private SessionExternals() {}

    /**
     * {@code exit [N]}, {@code logout [N]}: leaves the shell with status N (the shell passes {@code $?} for a bare
     * exit), which becomes {@code $?} of the shell below, or fpsh's status under {@code -c}.
     */
    static ExternalCommand exit(FtdSession session) {
        return call -> {
            call.out().println(session.inLoginShell() ? "logout" : "exit");
            call.out().flush();
            ExitRequest request = ExitRequest.read(call.args(), 0, call.err());
            if (request.leaves()) {
                session.leaveShell();
            }
            return request.status();
        };
    }
}
