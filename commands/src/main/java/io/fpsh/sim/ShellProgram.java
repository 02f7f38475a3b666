package io.fpsh.sim;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExpertContext;
import io.fpsh.sim.expert.ExpertShell;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.RunAsContext;

import java.util.List;

/**
 * {@code /bin/bash} and {@code /bin/sh} as programs: {@code -c LINE} runs the line in a child shell (its {@code cd}
 * stays there); without it, run as root from the expert shell ({@code sudo bash}, {@code sudo -u root sh -l}), it
 * opens root's shell. A shell inside a shell of the same user is not simulated and says so.
 */
final class ShellProgram implements ExternalCommand {
    private final FtdSession session;
    private final ExpertShell shell;

    ShellProgram(FtdSession session, ExpertShell shell) {
        this.session = session;
        this.shell = shell;
    }

    @Override
    public int run(CommandCall call) {
        List<String> args = call.args();
        boolean login = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            // the options fpsh models, alone or clustered as getopt takes them: -l, -i, -c, -lc
            boolean options = arg.matches("-[lic]+");
            if (options && arg.indexOf('c') > 0) {
                if (i + 1 >= args.size()) {
                    call.err().println(call.name() + ": -c: option requires an argument");
                    return 2;
                }
                ExpertContext caller = call.context();
                ExpertContext child = new RunAsContext(caller, caller.user(), caller.home(), caller.workingDirectory());
                return shell.runChild(args.get(i + 1), call, child, call.environment());
            }
            if (options && arg.indexOf('l') > 0 || arg.equals("--login")) {
                login = true;
            } else if (!options) {
                call.err().println(call.name() + ": fpsh runs no script files: use " + call.name() + " -c 'COMMANDS'");
                return 127;
            }
        }
        if (call.context().user().equals("root") && !session.user().equals("root")) {
            session.becomeRoot(login);
            return 0;
        }
        call.err().println(call.name() + ": fpsh does not simulate a shell inside this one: it goes on");
        return 1;
    }
}
