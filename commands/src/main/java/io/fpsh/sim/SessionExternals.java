package io.fpsh.sim;

import io.fpsh.device.Mode;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExitRequest;
import io.fpsh.sim.expert.ExternalCommand;

import java.util.List;

/**
 * The expert commands that change the session rather than print: {@code exit}/{@code logout} leave a shell,
 * {@code sudo su [-]} becomes root (other {@code sudo CMD} runs CMD after the same password check).
 */
final class SessionExternals {
    /** Runs a command line again in the shell, for {@code sudo CMD}. */
    interface LineRunner {
        int run(String line, CommandCall call);
    }

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

    static ExternalCommand sudo(FtdSession session, LineRunner shell) {
        return call -> {
            List<String> args = call.args();
            if (args.isEmpty()) {
                call.err().println("usage: sudo -h | -K | -k | -V");
                return 1;
            }
            if (session.mode() != Mode.ROOT && !SudoCommand.authenticate(session, call.terminal())) {
                return 1;
            }
            if (args.get(0).equals("su") || args.get(0).equals("-i") || args.get(0).equals("-s")) {
                boolean login = args.get(0).equals("-i") || (args.size() > 1 && (args.get(1).equals("-") || args.get(1).equals("-l")));
                session.becomeRoot(login);
                return 0;
            }
            return shell.run(String.join(" ", args), call);
        };
    }
}
