package io.fpsh.sim;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;

import java.util.List;

/**
 * The Linux side of the session: leaving it ({@code exit}, {@code logout}) and becoming root ({@code sudo su [-]})
 * change the session's mode; every other line goes to the expert shell.
 */
final class ExpertMode {
    /** Runs a line in the simulated bash; returns its status. */
    interface Shell {
        int run(String line, DeviceIo io);

        void cancel();
    }

    private final FtdSession session;
    private final Shell shell;

    ExpertMode(FtdSession session, Shell shell) {
        this.session = session;
        this.shell = shell;
    }

    int run(String line, DeviceIo io) {
        List<String> words = CommandParser.words(line);
        if (words.isEmpty()) {
            return 0;
        }
        String first = words.get(0);
        if ((first.equals("exit") || first.equals("logout")) && words.size() <= 2) {
            boolean login = session.leaveShell();
            io.out().println(login ? "logout" : "exit");
            return 0;
        }
        if (first.equals("sudo") && words.size() >= 2 && words.get(1).equals("su")) {
            boolean login = words.size() >= 3 && (words.get(2).equals("-") || words.get(2).equals("-l"));
            if (session.mode() != Mode.ROOT && !SudoCommand.authenticate(session, io)) {
                return 1;
            }
            session.becomeRoot(login);
            return 0;
        }
        if (first.equals("sudo") && session.mode() != Mode.ROOT) {
            if (words.size() == 1) {
                io.err().println("usage: sudo -h | -K | -k | -V");
                return 1;
            }
            if (!SudoCommand.authenticate(session, io)) {
                return 1;
            }
            return shell.run(line.strip().substring(4).strip(), io);
        }
        return shell.run(line, io);
    }

    void cancel() {
        shell.cancel();
    }
}
