package io.fpsh.sim.lina;

import io.fpsh.sim.clish.DataInterfaceViews;
import io.fpsh.sim.nettools.LinaPing;
import io.fpsh.sim.nettools.LinaTraceroute;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import io.fpsh.ftd.ShowVersionRenderer;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.ParseResult;
import io.fpsh.sim.FtdSession;
import io.fpsh.sim.StateViews;

import java.util.List;

/**
 * Runs lines at {@code firepower>} and {@code firepower#}: words are read against the grammar's diagnostic tree
 * (unique prefixes work, as on an ASA), errors come as LINA prints them, with a caret under the offending word.
 */
public final class LinaInterpreter {
    static final String DETACHED = "Console connection detached.";
    static final String INVALID_INPUT = "ERROR: % Invalid input detected at '^' marker.";
    static final String INCOMPLETE = "ERROR: % Incomplete command";

    private static final LinaInterpreter STANDARD = new LinaInterpreter(Grammar.ftd());

    private final CommandParser parser;

    public LinaInterpreter(Grammar grammar) {
        this.parser = new CommandParser(grammar);
    }

    /** The interpreter for the shipped grammar; it keeps no state of its own (the session has the mode). */
    public static LinaInterpreter standard() {
        return STANDARD;
    }

    /** Runs one line in the session's LINA mode; 0, or 1 when LINA refused it. */
    public int run(String line, FtdSession session, DeviceIo io) {
        String typed = line.strip();
        if (typed.equals(ModeGraph.DETACH) || typed.equals(ModeGraph.DETACH_TYPED)) {
            return detach(session, io);
        }
        ParseResult result = parser.parse(session.mode(), line);
        if (result instanceof ParseResult.Empty) {
            return 0;
        }
        if (result instanceof ParseResult.Incomplete) {
            io.err().println(INCOMPLETE);
            return 1;
        }
        if (result instanceof ParseResult.Illegal illegal) {
            return invalidInput(session, line, illegal.wordIndex(), io);
        }
        if (result instanceof ParseResult.Ambiguous ambiguous) {
            return invalidInput(session, line, ambiguous.wordIndex(), io);
        }
        ParseResult.Command command = (ParseResult.Command) result;
        return switch (command.command()) {
            case "enable" -> enable(session, io);
            case "disable" -> {
                session.setDiagnosticPrivileged(false);
                yield 0;
            }
            case "exit" -> detach(session, io);
            case "show version" -> {
                io.out().print(ShowVersionRenderer.render(StateViews.version(session.state())));
                io.out().print(LinaVersion.block(session.state().lab().device().version()));
                yield 0;
            }
            case "show running-config" -> {
                io.out().print(RunningConfig.of(session.state()));
                yield 0;
            }
            // nettools2: LINA's own ping and traceroute
            case "ping <host>" -> new io.fpsh.sim.nettools.LinaPing(session.state()).run(command.arg("host"), io.out(), io.err());
            case "traceroute <host>" -> new io.fpsh.sim.nettools.LinaTraceroute(session.state())
                    .run(command.arg("host"), io.out(), io.err());
            // issue 11 §1: out of a data interface (ping IFNAME HOST); a name that is no nameif is refused at it
            case "ping <host> <address>", "traceroute <host> <address>" -> {
                if (!LinaPing.knowsInterface(session.state(), command.arg("host"))) {
                    yield invalidInput(session, line, 1, io);
                }
                yield command.command().startsWith("ping")
                        ? new LinaPing(session.state()).run(command.arg("host"), command.arg("address"), io.out(), io.err())
                        : new LinaTraceroute(session.state()).run(command.arg("host"), command.arg("address"), io.out(), io.err());
            }
            case "show interface" -> {
                io.out().print(DataInterfaceViews.interfaces(session.state()));
                yield 0;
            }
            case "show interface ip brief" -> {
                io.out().print(DataInterfaceViews.interfacesBrief(session.state()));
                yield 0;
            }
            default -> invalidInput(session, line, 0, io);
        };
    }

    /** The enable password is empty on an FTD: Enter alone is accepted, anything else refused. */
    private static int enable(FtdSession session, DeviceIo io) {
        if (session.mode() == Mode.DIAGNOSTIC_ENABLE) {
            return 0;
        }
        String password = io.readPassword("Password: ");
        if (password == null) {
            return 1;
        }
        if (!password.isEmpty()) {
            io.err().println("Invalid password");
            return 1;
        }
        session.setDiagnosticPrivileged(true);
        return 0;
    }

    private static int detach(FtdSession session, DeviceIo io) {
        io.out().println(DETACHED);
        session.detachDiagnostic();
        return 0;
    }

    /** LINA's error: a caret under the word it stopped at (counted from the prompt's first column), then the message. */
    private static int invalidInput(FtdSession session, String line, int wordIndex, DeviceIo io) {
        int column = session.prompt().length() + wordOffset(line, wordIndex);
        io.err().println(" ".repeat(column) + "^");
        io.err().println(INVALID_INPUT);
        return 1;
    }

    /** Where word {@code index} (words split on blanks) starts in {@code line}. */
    public static int wordOffset(String line, int index) {
        List<String> words = CommandParser.words(line);
        int at = 0;
        for (int i = 0; i <= index && i < words.size(); i++) {
            at = line.indexOf(words.get(i), i == 0 ? 0 : at + words.get(i - 1).length());
        }
        return Math.max(at, 0);
    }
}
