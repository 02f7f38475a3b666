package io.fpsh.sim.clish;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.ParseResult;
import io.fpsh.sim.FtdSession;

import java.util.HashMap;
import java.util.Map;

/** Runs clish lines: the grammar parses, a registered command runs, errors come in the clish's words. */
public final class ClishInterpreter {
    private final CommandParser parser;
    private final Map<String, ClishCommand> commands = new HashMap<>();

    public ClishInterpreter(Grammar grammar) {
        this.parser = new CommandParser(grammar);
        ShowCommands.register(commands);
        ConfigureCommands.register(commands);
        SessionCommands.register(commands, grammar);
        NetworkToolCommands.register(commands);
    }

    /** The thread running a command now, which Ctrl-C interrupts (ping system runs until it). */
    private volatile Thread running;

    /** Ctrl-C: interrupts the command running, if any (ping system and traceroute system stop and sum up). */
    public void cancel() {
        Thread thread = running;
        if (thread != null) {
            thread.interrupt();
        }
    }

    public int run(String line, FtdSession session, DeviceIo io) {
        ParseResult result = parser.parse(Mode.CLISH, line);
        if (result instanceof ParseResult.Empty) {
            return 0;
        }
        session.remember(line.strip());
        if (result instanceof ParseResult.Ambiguous ambiguous) {
            io.out().print(ContextHelp.columns(ambiguous.candidates(), 80));
            io.err().println(CommandParser.syntaxError(result));
            return 1;
        }
        if (!(result instanceof ParseResult.Command command)) {
            io.err().println(CommandParser.syntaxError(result));
            return 1;
        }
        ClishCommand handler = commands.get(command.command());
        if (handler == null) {
            io.err().println("Syntax error: Illegal command line");
            return 1;
        }
        running = Thread.currentThread();
        try {
            return handler.run(command, session, io);
        } finally {
            running = null;
            Thread.interrupted(); // a late Ctrl-C must not leak into the next command
        }
    }

    /** The grammar paths that have a handler, so a test can check that none of the grammar's commands is missing. */
    public java.util.Set<String> implemented() {
        return java.util.Set.copyOf(commands.keySet());
    }
}
