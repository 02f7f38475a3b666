package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.RawScreen;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;

import java.io.PrintStream;
import java.util.Optional;

/**
 * The interactive shell's DeviceIo: output straight to stdout and stderr, dialogs through the line editor. Answers
 * are never added to the history, and secrets are read with echo off. less and vi get the terminal raw, except on a
 * dumb terminal (no cursor moves) and in a recording, which keeps to lines.
 */
final class TerminalIo implements DeviceIo {
    private final LineReader reader;
    private final PrintStream out;
    private final PrintStream err;
    private final DialogFlag dialog;

    TerminalIo(LineReader reader, PrintStream out, PrintStream err, DialogFlag dialog) {
        this.reader = reader;
        this.out = out;
        this.err = err;
        this.dialog = dialog;
    }

    @Override public PrintStream out() { return out; }

    @Override public PrintStream err() { return err; }

    @Override
    public String readPassword(String prompt) {
        return ask(prompt, LineReaderImpl.NULL_MASK);
    }

    @Override
    public String readLine(String prompt) {
        return ask(prompt, null);
    }

    private String ask(String prompt, Character mask) {
        out.flush();
        err.flush();
        Object historyWas = reader.getVariable(LineReader.DISABLE_HISTORY);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        dialog.set(true);
        try {
            return reader.readLine(InteractiveShell.literalPrompt(prompt), mask);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        } finally {
            dialog.set(false);
            reader.setVariable(LineReader.DISABLE_HISTORY, historyWas == null ? false : historyWas);
        }
    }

    @Override
    public Optional<RawScreen> openScreen() {
        org.jline.terminal.Terminal terminal = reader.getTerminal();
        if (terminal instanceof RecordedTerminal || DumbTty.isDumb(terminal.getType())) {
            return Optional.empty();
        }
        return Optional.of(new JLineScreen(terminal, out));
    }
}
