package io.fpsh.sim;

import io.fpsh.device.DeviceIo;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExpertContext;
import io.fpsh.sim.expert.ExpertShell;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.RunAsContext;

import java.io.PrintStream;
import java.util.Map;

/**
 * util-linux {@code su [-|-l] [-c CMD] [USER]}: root needs no password (so {@code sudo su -} and {@code sudo su - -c
 * CMD} work), anyone else is asked for the target's (root's is not the admin's: it fails after pam's pause).
 * {@code -c} runs the line in a shell of the target; without it root's shell opens, a login one with {@code -}.
 */
final class SuCommand implements ExternalCommand {
    private final FtdSession session;
    private final ExpertShell shell;

    SuCommand(FtdSession session, ExpertShell shell) {
        this.session = session;
        this.shell = shell;
    }

    /** su's command line: the user, whether it is a login, the -c line (or null); null when it is bad. */
    private record Request(String user, boolean login, String command) {}

    @Override
    public int run(CommandCall call) {
        PrintStream err = call.err();
        Request request = parse(call, err);
        if (request == null) {
            return 1;
        }
        ExpertContext caller = call.context();
        if (!DeviceUsers.exists(session.state(), request.user())) {
            err.println("su: user " + request.user() + " does not exist or the user entry does not contain all the required fields");
            return 1;
        }
        if (!caller.user().equals("root") && !authenticate(call.terminal(), request.user(), err)) {
            return 1;
        }
        String home = DeviceUsers.home(request.user());
        if (request.command() != null) {
            String directory = request.login() ? home : caller.workingDirectory();
            // su keeps the caller's environment; su - starts a fresh one
            return shell.runChild(request.command(), call, new RunAsContext(caller, request.user(), home, directory),
                    request.login() ? Map.of() : call.environment());
        }
        return openShell(session, "su", request.user(), request.login(), err);
    }

    /** Opens the user's shell in the session ({@code su}, {@code sudo -i}); {@code program} names who says it cannot. */
    static int openShell(FtdSession session, String program, String user, boolean login, PrintStream err) {
        if (!user.equals("root")) {
            err.println(program + ": fpsh simulates root's shell only, not " + user + "'s");
            return 1;
        }
        session.becomeRoot(login);
        return 0;
    }

    private boolean authenticate(DeviceIo terminal, String user, PrintStream err) {
        if (!terminal.canAskForPasswords()) {
            err.println("su: must be run from a terminal");
            return false;
        }
        String typed = terminal.readPassword("Password: ");
        if (typed == null) {
            return false;
        }
        String expected = session.state().passwordOf(user);
        if (expected != null && expected.equals(typed)) {
            return true;
        }
        if (SudoAuthentication.pause(session.state())) {
            err.println("su: Authentication failure");
        }
        return false;
    }

    private static Request parse(CommandCall call, PrintStream err) {
        String user = null;
        boolean login = false;
        String command = null;
        var args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-") || arg.equals("-l") || arg.equals("--login")) {
                login = true;
            } else if (arg.equals("-c") || arg.equals("--command")) {
                if (i + 1 >= args.size()) {
                    err.println("su: option requires an argument -- '" + (arg.equals("-c") ? "c" : "-command") + "'");
                    err.println("Try 'su --help' for more information.");
                    return null;
                }
                command = args.get(++i);
            } else if (arg.startsWith("--command=")) {
                command = arg.substring("--command=".length());
            } else if (arg.startsWith("-c")) {
                command = arg.substring(2);
            } else if (arg.equals("-m") || arg.equals("-p") || arg.equals("--preserve-environment")) {
                continue; // the simulated environment is the same either way
            } else if (arg.startsWith("-")) {
                err.println("su: invalid option -- '" + arg.substring(1, 2) + "'");
                err.println("Try 'su --help' for more information.");
                return null;
            } else if (user == null) {
                user = arg;
            }
        }
        return new Request(user == null ? "root" : user, login, command);
    }
}
