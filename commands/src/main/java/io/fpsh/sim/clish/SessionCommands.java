package io.fpsh.sim.clish;

import io.fpsh.sim.fxos.FxosVersion;
import io.fpsh.device.Mode;
import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.HelpEntry;

import java.util.List;
import java.util.Map;

/** Commands about the session itself: expert, system support diagnostic-cli, connect fxos, exit, logout, help, history. */
final class SessionCommands {
    static final String EXPERT_NOTICE = """
            **************************************************************
            NOTICE - Shell access will be deprecated in future releases
                     and will be replaced with a separate expert mode CLI.
            **************************************************************
            """;

    static final String DIAGNOSTIC_ATTACH = """
            Attaching to Diagnostic CLI ... Press 'Ctrl+a then d' to detach.
            Type help or '?' for a list of available commands.

            """;

    private SessionCommands() {}

    static void register(Map<String, ClishCommand> commands, Grammar grammar) {
        commands.put("expert", (command, session, io) -> {
            // [UNVERIFIED] an FMC's expert prints no notice: the sources show the notice on FTDs only (facts 2.1)
            if (!session.state().lab().device().isFmc()) {
                io.out().print(EXPERT_NOTICE);
            }
            session.enterExpert();
            return 0;
        });
        ClishCommand leave = (command, session, io) -> {
            session.close();
            return 0;
        };
        commands.put("exit", leave);
        commands.put("logout", leave);
        commands.put("system support diagnostic-cli", (command, session, io) -> {
            io.out().print(DIAGNOSTIC_ATTACH);
            session.attachDiagnostic();
            return 0;
        });
        // FXOS under the FTD of a 1000/2100 appliance; a virtual FTD has none, and its clish refuses the command
        // as any it does not have ([UNVERIFIED] wording, facts 1.3)
        commands.put("connect fxos", (command, session, io) -> {
            if (!session.state().lab().device().hasFxos()) {
                io.err().println("Syntax error: Illegal command line");
                return 1;
            }
            io.out().print(FxosVersion.banner());
            session.enterFxos();
            return 0;
        });
        commands.put("help", (command, session, io) -> {
            List<HelpEntry> top = new ContextHelp(grammar).choices(Mode.CLISH, "");
            io.out().print(ContextHelp.helpListing(top));
            return 0;
        });
        commands.put("history", (command, session, io) -> {
            List<String> lines = session.clishHistory();
            int base = session.clishHistoryBase();
            for (int i = 0; i < lines.size(); i++) {
                io.out().println(String.format("%5d  %s", i + base, lines.get(i)));
            }
            return 0;
        });
    }
}
