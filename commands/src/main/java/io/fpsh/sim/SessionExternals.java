package io.fpsh.sim;

import io.fpsh.sim.expert.ExitRequest;
import io.fpsh.sim.expert.ExpertShell;
import io.fpsh.sim.expert.ExternalCommand;

import java.util.Map;

/**
 * The expert commands that change the session rather than print: {@code exit}/{@code logout} leave a shell
 * ({@link SudoCommand}, {@link SuCommand} and {@link ShellProgram} open root's).
 */
public final class SessionExternals {
    private SessionExternals() {}

    /** The programs that act on {@code session} itself: exit, logout, sudo, su, bash and sh, by name. */
    public static Map<String, ExternalCommand> of(FtdSession session, ExpertShell shell) {
        return Map.of("exit", exit(session), "logout", exit(session), "sudo", new SudoCommand(session, shell),
                "su", new SuCommand(session, shell), "bash", new ShellProgram(session, shell),
                "sh", new ShellProgram(session, shell));
    }

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
