package io.fpsh.sim;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.CommandPaths;
import io.fpsh.sim.expert.ExpertContext;
import io.fpsh.sim.expert.ExpertShell;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.RunAsContext;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sudo}: runs a program as root (or {@code -u USER}) with the caller's streams, so {@code sudo lsof -i | grep
 * conn} pipes root's lsof into the caller's grep; {@code -i}/{@code -s} (and {@code sudo su [-]}, {@code sudo bash})
 * open a root shell; {@code -l} lists the rights, {@code -n} never asks, {@code -k}/{@code -K} drop the ticket,
 * {@code -v} refreshes it. Messages are sudo 1.9.13p3's, as it printed them here for a throwaway user.
 */
final class SudoCommand implements ExternalCommand {
    private final FtdSession session;
    private final ExpertShell shell;

    SudoCommand(FtdSession session, ExpertShell shell) {
        this.session = session;
        this.shell = shell;
    }

    @Override
    public int run(CommandCall call) {
        PrintStream err = call.err();
        SudoOptions options = SudoOptions.parse(call.args());
        if (options.problem() != null) {
            err.println(options.problem());
            err.print(SudoOptions.USAGE);
            return 1;
        }
        if (options.help()) {
            call.out().print(SudoOptions.USAGE);
            return 0;
        }
        if (options.resetTicket() || options.removeTicket()) {
            session.revokeSudoTicket();
            if (options.command().isEmpty() && !options.list() && !options.login() && !options.shell() && !options.validate()) {
                return 0;
            }
        }
        if (options.needsUsage()) {
            err.print(SudoOptions.USAGE);
            return 1;
        }
        String target = options.user() == null ? "root" : options.user();
        if (!DeviceUsers.exists(session.state(), target)) {
            err.println("sudo: unknown user " + target);
            return 1;
        }
        ExpertContext caller = call.context();
        boolean callerIsRoot = caller.user().equals("root");
        if (!callerIsRoot && !SudoAuthentication.authenticate(session, call.terminal(), options.nonInteractive())) {
            return 1;
        }
        if (options.list()) {
            return list(call, options.command());
        }
        if (options.command().isEmpty()) {
            return options.validate() ? 0 : SuCommand.openShell(session, "sudo", target, options.login(), err);
        }
        String home = DeviceUsers.home(target);
        // sudo's env_reset: what it runs inherits none of the caller's variables
        if (options.login() || options.shell()) {
            // sudo hands the command to the target's shell: "bash --login -c CMD" for -i, "bash -c CMD" for -s
            String directory = options.login() ? home : caller.workingDirectory();
            return shell.runChild(shellLine(options.command()), call, new RunAsContext(caller, target, home, directory),
                    Map.of());
        }
        String name = options.command().get(0);
        Optional<String> path = shell.programPath(name, caller);
        Optional<ExternalCommand> program = path.flatMap(found -> shell.program(found, caller));
        if (program.isEmpty()) {
            commandNotFound(name, err);
            return 1;
        }
        if (options.directory() != null) {
            // sudoers grants no runcwd by default (Debian's, and what the FTD's is not known to change)
            err.println("sudo: you are not permitted to use the -D option with " + path.get());
            return 1;
        }
        RunAsContext runAs = new RunAsContext(caller, target, home, caller.workingDirectory());
        List<String> args = options.command().subList(1, options.command().size());
        return program.get().run(new CommandCall(name, args, call.in(), call.out(), err, call.terminal(), runAs,
                call.cancellation(), call.outputIsTerminal(), call.outputToSession(), Map.of()));
    }

    /**
     * {@code sudo -l}: the rights of the caller. What the FTD's sudoers grants admin is not known; the guide's
     * {@code sudo su -} working for admin means full rights, shown as the usual {@code (ALL) ALL}, with sudo's
     * default {@code env_reset}. With a command: the program's path, as sudo prints it when allowed.
     */
    private int list(CommandCall call, List<String> command) {
        ExpertContext caller = call.context();
        if (!command.isEmpty()) {
            Optional<String> path = shell.programPath(command.get(0), caller);
            if (path.isEmpty()) {
                commandNotFound(command.get(0), call.err());
                return 1;
            }
            List<String> rest = command.subList(1, command.size());
            call.out().println(path.get() + (rest.isEmpty() ? "" : " " + String.join(" ", rest)));
            return 0;
        }
        String host = caller.hostname();
        call.out().print("Matching Defaults entries for " + caller.user() + " on " + host + ":\n"
                + "    env_reset\n\n"
                + "User " + caller.user() + " may run the following commands on " + host + ":\n"
                + "    (ALL) ALL\n");
        return 0;
    }

    /** sudo's words for a command it cannot find, with its hints for a shell builtin (sudo 1.9.13). */
    static void commandNotFound(String name, PrintStream err) {
        err.println("sudo: " + name + ": command not found");
        if (CommandPaths.isBuiltin(name)) {
            err.println("sudo: \"" + name + "\" is a shell built-in command, it cannot be run directly.");
            err.println("sudo: the -s option may be used to run a privileged shell.");
            if (name.equals("cd")) {
                err.println("sudo: the -D option may be used to run a command in a specific directory.");
            }
        }
    }

    /**
     * The command as one line for the target's shell, as sudo 1.9 joins it for -i and -s: a backslash before every
     * character but ASCII letters, digits, '_', '-' and '$', so that the shell expands {@code $HOME} and nothing else.
     */
    static String shellLine(List<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            for (char c : word.toCharArray()) {
                boolean plain = c < 0x80 && Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$';
                line.append(plain ? "" : "\\").append(c);
            }
        }
        return line.toString();
    }
}
