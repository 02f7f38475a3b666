package io.fpsh.sim.clish;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.ParseResult;
import io.fpsh.sim.FtdSession;
import io.fpsh.teach.LessonTrail;

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
        DeviceShowCommands.register(commands);
        SystemCommands.register(commands);
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
        int bar = line.indexOf('|');
        if (bar >= 0) {
            return runFiltered(line.substring(0, bar), line.substring(bar + 1), session, io);
        }
        return runCommand(line, session, io);
    }

    /** {@code COMMAND | include REGEX} and the other filters: the command's output, filtered, then printed. */
    private int runFiltered(String line, String filterSpec, FtdSession session, DeviceIo io) {
        if (line.isBlank()) {
            session.remember((line + "|" + filterSpec).strip());
            io.err().println("Syntax error: Illegal command line");
            return 1;
        }
        OutputFilter.Parsed filter = OutputFilter.parse(filterSpec);
        if (filter.error() != null) {
            session.remember((line + "|" + filterSpec).strip());
            io.err().println(filter.error());
            return 1;
        }
        FilteredIo captured = new FilteredIo(io);
        int status = runCommand(line, session, captured);
        if (!session.clishHistory().isEmpty()) {
            session.replaceLastRemembered((line + "|" + filterSpec).strip());
        }
        io.out().print(filter.filter().apply(captured.text()));
        return status;
    }

    private int runCommand(String line, FtdSession session, DeviceIo io) {
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
        if (abbreviated(line, command)) {
            session.state().lessonTrail().walk(LessonTrail.Step.ABBREVIATION);
        }
        running = Thread.currentThread();
        try {
            return handler.run(command, session, io);
        } finally {
            running = null;
            Thread.interrupted(); // a late Ctrl-C must not leak into the next command
        }
    }

    /** Whether the parser expanded a keyword typed short ({@code sh net}): a word typed is a strict prefix of its own. */
    private static boolean abbreviated(String line, ParseResult.Command command) {
        String[] typed = line.strip().split("\\s+");
        for (int i = 0; i < Math.min(typed.length, command.words().size()); i++) {
            String full = command.words().get(i);
            if (typed[i].length() < full.length() && full.startsWith(typed[i])) {
                return true;
            }
        }
        return false;
    }

    /** The grammar paths that have a handler, so a test can check that none of the grammar's commands is missing. */
    public java.util.Set<String> implemented() {
        return java.util.Set.copyOf(commands.keySet());
    }
}
