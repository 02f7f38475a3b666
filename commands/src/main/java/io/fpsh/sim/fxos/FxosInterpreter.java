package io.fpsh.sim.fxos;

import io.fpsh.device.Mode;
import io.fpsh.device.DeviceIo;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.ParseResult;
import io.fpsh.sim.FtdSession;
import io.fpsh.sim.lina.LinaInterpreter;

/**
 * Runs lines at FXOS's prompts on an appliance ({@code firepower#} after {@code connect fxos}, and
 * {@code firepower(local-mgmt)#}): only the few commands the sources show (the grammar's fxos sections), errors in
 * FXOS's words with a caret under the word refused.
 */
public final class FxosInterpreter {
    // [SRC-FIXTURE U3 fxos_mock_data.yaml] the messages; [UNVERIFIED] the caret line above them (as LINA's) and the
    // incomplete command's wording
    static final String INVALID = "% Invalid Command at '^' marker";
    static final String AMBIGUOUS = "% Ambiguous command at '^' marker";
    static final String INCOMPLETE = "% Incomplete Command at '^' marker";

    private static final FxosInterpreter STANDARD = new FxosInterpreter(Grammar.ftd());

    private final CommandParser parser;

    public FxosInterpreter(Grammar grammar) {
        this.parser = new CommandParser(grammar);
    }

    /** The interpreter for the shipped grammar; it keeps no state (the session has the mode). */
    public static FxosInterpreter standard() {
        return STANDARD;
    }

    /** Runs one line in the session's FXOS mode; 0, or 1 when FXOS refused it. */
    public int run(String line, FtdSession session, DeviceIo io) {
        ParseResult result = parser.parse(session.mode(), line);
        if (result instanceof ParseResult.Empty) {
            return 0;
        }
        if (result instanceof ParseResult.Incomplete) {
            return refuse(session, line, CommandParser.words(line).size(), INCOMPLETE, io);
        }
        if (result instanceof ParseResult.Illegal illegal) {
            return refuse(session, line, illegal.wordIndex(), INVALID, io);
        }
        if (result instanceof ParseResult.Ambiguous ambiguous) {
            return refuse(session, line, ambiguous.wordIndex(), AMBIGUOUS, io);
        }
        String command = ((ParseResult.Command) result).command();
        switch (command) {
            case "exit" -> {
                if (session.mode() == Mode.FXOS_LOCAL_MGMT) {
                    session.enterFxos();
                } else {
                    session.leaveFxos();
                }
            }
            case "connect ftd" -> session.leaveFxos();
            case "connect local-mgmt", "connect local-mgmt a" -> session.enterFxosLocalMgmt();
            case "show version" -> io.out().print(FxosVersion.render(session.state().lab().device().fxosVersion()));
            default -> {
                return refuse(session, line, 0, INVALID, io);
            }
        }
        return 0;
    }

    /** The caret under the word FXOS stopped at (counted from the prompt's first column), then its message. */
    private static int refuse(FtdSession session, String line, int wordIndex, String message, DeviceIo io) {
        int words = CommandParser.words(line).size();
        int column = session.prompt().length() + (wordIndex >= words ? line.stripTrailing().length() + 1
                : LinaInterpreter.wordOffset(line, wordIndex));
        io.err().println(" ".repeat(column) + "^");
        io.err().println(message);
        return 1;
    }
}
