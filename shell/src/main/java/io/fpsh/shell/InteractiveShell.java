package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.Grammar;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The interactive shell on a terminal: JLine with the device's prompt, per-target history, grammar completion,
 * highlighting and Cisco {@code ?}. Commands run on this thread while the line editor is idle; Ctrl-C then reaches
 * the terminal's INT handler, which cancels the device's command. At the prompt Ctrl-C clears the line and Ctrl-D
 * on an empty line leaves fpsh (in the Linux shell it is {@code exit}, as in bash; LINA ignores it). Ctrl-\ does
 * nothing ({@link QuitKey}). Each mode has its own history ({@link ModeHistories}).
 */
final class InteractiveShell {
    /** Held so the setting sticks: JLine's java.util.logging warnings would print multi-line records on the screen. */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");
    /** fpsh's own hints are dim, apart from what the device printed. */
    private static final String DIM = "\u001b[2m";
    private static final String NORMAL = "\u001b[0m";
    /**
     * Binds LINA's detach keys (Ctrl-A then d) only while LINA's prompt is shown, so Ctrl-A never waits elsewhere;
     * the detach is submitted in fpsh's typed spelling, readable in the history and in recordings.
     */
    private static final String DETACH_WIDGET = "fpsh-detach";
    private final Session session;
    private final LineReader reader;
    private final PrintStream out;
    private final PrintStream err;
    private final TerminalIo io;
    private final ModeHint modeHint = new ModeHint(Grammar.ftd());
    private final ModeHistories histories;

    private InteractiveShell(Session session, LineReader reader, DialogFlag dialog, PrintStream out, PrintStream err) {
        this.session = session;
        this.reader = reader;
        this.histories = new ModeHistories(reader, session.device().targetName());
        this.out = out;
        this.err = err;
        this.io = new TerminalIo(reader, out, err, dialog);
    }

    /** How the shell gets its session; called on a background thread while the terminal is built. */
    @FunctionalInterface
    interface SessionOpening {
        Session open() throws FpshException;
    }

    /**
     * @param recording null, or where the screen is recorded: JLine's output and the device's
     * @param out       stdout, recorded when {@code recording} is set; likewise {@code err}
     */
    static int run(SessionOpening opening, ScreenRecording recording, PrintStream out, PrintStream err)
            throws FpshException {
        JLINE_LOG.setLevel(Level.OFF);
        FutureTask<Session> openingInBackground = new FutureTask<>(opening::open);
        Thread opener = new Thread(openingInBackground, "fpsh-open-target");
        opener.setDaemon(true);
        opener.start();
        Terminal terminal;
        try {
            terminal = buildTerminal(recording);
        } catch (IOException | RuntimeException e) {
            closeWhenOpened(openingInBackground);
            throw new FpshException("cannot use the terminal: " + Main.describe(e), 1);
        }
        try (terminal; Session session = await(openingInBackground)) {
            // Without a size (some ssh -tt or expect set-ups) JLine cannot lay out the prompt.
            if (terminal.getWidth() <= 0 || terminal.getHeight() <= 0) {
                terminal.setSize(new Size(80, 24));
            }
            if (recording != null) {
                recording.recorder().size(terminal.getWidth(), terminal.getHeight());
            }
            QuitKey.stopSignal(terminal);
            DialogFlag dialog = new DialogFlag();
            LineReader reader = buildReader(terminal, session, dialog);
            // The tty echoes ^C; bash then moves to a new line before the next prompt. The newline goes first:
            // once cancelled, the command may return and its prompt be drawn before this handler went on.
            terminal.handle(Terminal.Signal.INT, signal -> {
                terminal.writer().println();
                terminal.flush();
                session.device().cancel();
            });
            return new InteractiveShell(session, reader, dialog, out, err).loop();
        } catch (IOException e) {
            return 0; // closing the terminal failed: the session is over anyway
        }
    }

    private static Terminal buildTerminal(ScreenRecording recording) throws IOException {
        String type = System.getenv("TERM");
        Terminal system = DumbTty.isDumb(type) ? DumbTty.open(type).orElse(null) : null;
        if (system == null) {
            system = TerminalBuilder.builder().system(true).nativeSignals(true).name("fpsh").build();
        }
        return recording == null ? system : new RecordedTerminal(system, recording.recorder());
    }

    private static Session await(FutureTask<Session> opening) throws FpshException {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FpshException known) {
                throw known;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new FpshException("cannot open the target: " + Main.describe(e.getCause()), FpshException.USAGE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FpshException("interrupted while opening the target", 1);
        }
    }

    private static void closeWhenOpened(FutureTask<Session> opening) {
        try {
            opening.get().close();
        } catch (ExecutionException | RuntimeException e) {
            // nothing was opened
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The line editor of the shell; {@link ModeHistories} gives it its history. */
    static LineReader buildReader(Terminal terminal, Session session, DialogFlag dialog) {
        // the commands of the device's version (a lab's); a real device's version is not known: every command
        Grammar grammar = Grammar.ftd(session.device().softwareVersion());
        ContextHelp help = new ContextHelp(grammar);
        DefaultParser lineParser = new DefaultParser();
        // Keep '\' as typed (paths, regexes) and never wait for a closing quote: the device decides what a line means.
        lineParser.setEscapeChars(null);
        lineParser.setEofOnUnclosedQuote(false);
        lineParser.setEofOnEscapedNewLine(false);
        Map<String, Object> variables = new HashMap<>();
        // TAB on a word that fits nothing rings the bell, as on the FTD; said here so it cannot drift.
        variables.put(LineReader.BELL_STYLE, "audible");
        LineReaderImpl reader = new ListingLineReader(terminal, "fpsh", variables);
        reader.setParser(lineParser);
        reader.setCompleter(new GrammarCompleter(session, help, dialog));
        reader.setHighlighter(new GrammarHighlighter(session, grammar, dialog));
        // '!' is ordinary text on an FTD, not a history reference.
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        // On a dumb terminal JLine's own keymap has no TAB, Ctrl-U or the like: the keys stay those of any terminal,
        // and only the drawing does without cursor moves.
        reader.getKeyMaps().put(LineReader.MAIN, reader.getKeyMaps().get(LineReader.EMACS));
        reader.getWidgets().put(HelpKeyWidget.NAME,
                new HelpKeyWidget(reader, session, help, new CommandParser(grammar), dialog));
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(HelpKeyWidget.NAME), "?");
        QuitKey.ignoreAtPrompt(reader);
        LinaCtrlD.register(reader);
        reader.getWidgets().put(DETACH_WIDGET, () -> {
            if (!canDetach(session.device().mode())) {
                // the mode changed under the binding: what the two keys do anywhere else
                reader.callWidget(LineReader.BEGINNING_OF_LINE);
                reader.getBuffer().write('d');
                return true;
            }
            reader.getBuffer().clear();
            reader.getBuffer().write(ModeGraph.DETACH_TYPED);
            // the keys are no command to recall: the loop turns the history back on before the next line
            reader.setVariable(LineReader.DISABLE_HISTORY, true);
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        return reader;
    }

    /**
     * Binds Ctrl-A d to the detach in LINA's modes; elsewhere Ctrl-A is beginning-of-line with no wait for a d. In LINA
     * Ctrl-D only deletes the character under the cursor, as on an ASA: it never ends the session.
     */
    static void followDetachKeys(LineReader reader, Mode mode) {
        KeyMap<org.jline.reader.Binding> keys = reader.getKeyMaps().get(LineReader.MAIN);
        if (canDetach(mode)) {
            keys.bind(new Reference(DETACH_WIDGET), ModeGraph.DETACH);
            keys.bind(new Reference(LinaCtrlD.WIDGET), KeyMap.ctrl('D'));
        } else {
            keys.unbind(ModeGraph.DETACH);
            keys.bind(new Reference(LineReader.DELETE_CHAR_OR_LIST), KeyMap.ctrl('D'));
        }
    }

    private static boolean canDetach(Mode mode) {
        return ModeGraph.detaches(mode);
    }

    private int loop() {
        print(session.device().banner());
        while (true) {
            Device device = session.device();
            if (!device.isOpen()) {
                return 0;
            }
            String line;
            followDetachKeys(reader, device.mode());
            histories.use(device.mode());
            reader.setVariable(LineReader.DISABLE_HISTORY, false);
            try {
                line = canDetach(device.mode())
                        ? LinaCtrlD.readLine(reader, literalPrompt(device.prompt()))
                        : reader.readLine(literalPrompt(device.prompt()));
            } catch (UserInterruptException clearedLine) {
                continue;
            } catch (EndOfFileException endOfInput) {
                if (device.mode().isLinuxShell()) {
                    runOnDevice(device, "exit");
                    continue;
                }
                histories.saveAll();
                return 0;
            }
            if (ShellCommands.isOwnCommand(line)) {
                if (runOwnCommand(line) == ShellCommands.Outcome.EXIT) {
                    histories.saveAll();
                    return 0;
                }
                continue;
            }
            runOnDevice(device, line);
        }
    }

    private ShellCommands.Outcome runOwnCommand(String line) {
        Device before = session.device();
        ShellCommands.Outcome outcome = ShellCommands.run(line, session, io);
        if (session.device() != before) {
            histories.switchTarget(session.device().targetName());
        }
        out.flush();
        err.flush();
        return outcome;
    }

    private void runOnDevice(Device device, String line) {
        Mode modeBefore = device.mode();
        try {
            int status = device.run(line, io);
            out.flush();
            modeHint.after(modeBefore, line, status).ifPresent(hint -> err.println(DIM + hint + NORMAL));
        } catch (RuntimeException e) {
            err.println("fpsh: internal error: " + Main.describe(e));
        }
        out.flush();
        err.flush();
    }

    private void print(String text) {
        out.print(text);
        out.flush();
    }

    /** A device prompt as JLine's prompt template: '%' would start a JLine escape, so it is doubled. */
    static String literalPrompt(String prompt) {
        return prompt.replace("%", "%%");
    }
}
