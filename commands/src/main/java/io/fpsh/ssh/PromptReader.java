package io.fpsh.ssh;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.ModeGraph;

import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;

/**
 * Reads one command's output up to the next prompt: drops the echo of the typed line, shows the output as it comes
 * (holding back only a last line that may be the start of the prompt or of a dialog question), answers dialogs
 * through {@link DeviceIo}, and stops at a prompt at the very end of the stream.
 */
final class PromptReader {
    /** Where the output goes: the user's screen, or a buffer for hidden commands. */
    interface Sink {
        void write(String text);
    }

    /** How the command ended: the prompt, and whether a line of the output started with an error marker. */
    record Ending(ScreenTail.Prompt prompt, boolean errorLine) {}

    private final ShellStream stream;
    private final Sink sink;
    private final DeviceIo io;
    private final StringBuilder pending = new StringBuilder();
    /** The part of the current line already shown, so a question split across chunks is still recognised. */
    private final StringBuilder shownOfLine = new StringBuilder();
    private final ErrorLines errors = new ErrorLines();
    private final AtomicBoolean interruptEchoed;
    private boolean echoPending;
    private boolean skipNewlineAfterAnswer;

    /** @param interruptEchoed set by a Ctrl-C: the device's tty echoes "^C", which the front end shows already */
    PromptReader(ShellStream stream, Sink sink, DeviceIo io, boolean echoPending,
                 AtomicBoolean interruptEchoed) {
        this.interruptEchoed = interruptEchoed;
        this.stream = stream;
        this.sink = sink;
        this.io = io;
        this.echoPending = echoPending;
    }

    Ending readToPrompt(Deadline deadline) throws Deadline.Passed, EOFException, InterruptedException, IOException {
        while (true) {
            pending.append(stream.next(deadline));
            if (echoPending && !dropEcho()) {
                continue;
            }
            dropInterruptEcho();
            if (skipNewlineAfterAnswer && !pending.isEmpty()) {
                if (pending.charAt(0) == '\n') {
                    pending.deleteCharAt(0); // the Enter that ended the secret, echoed by the device
                }
                skipNewlineAfterAnswer = false;
            }
            int lineStart = pending.lastIndexOf("\n") + 1;
            // The part already shown belongs to the current line only while no newline has arrived since.
            String shownPart = lineStart == 0 ? shownOfLine.toString() : "";
            String line = shownPart + pending.substring(lineStart);
            if (!stream.hasMore()) {
                Optional<ScreenTail.Prompt> prompt = ScreenTail.prompt(line);
                if (prompt.isPresent()) {
                    show(lineStart + Math.max(0, prompt.get().start() - shownPart.length()));
                    return new Ending(prompt.get(), errors.seen());
                }
                Optional<ModeGraph.Dialog> dialog = ScreenTail.dialog(line);
                if (dialog.isPresent()) {
                    show(lineStart);
                    pending.setLength(0);
                    shownOfLine.setLength(0);
                    answer(dialog.get(), line.strip(), deadline);
                    continue;
                }
            }
            show(ScreenTail.mayBecomePromptOrDialog(line) ? lineStart : pending.length());
        }
    }

    private void dropInterruptEcho() {
        int at = interruptEchoed.get() ? pending.indexOf("^C") : -1;
        if (at >= 0 && interruptEchoed.compareAndSet(true, false)) {
            boolean newline = at + 2 < pending.length() && pending.charAt(at + 2) == '\n';
            pending.delete(at, at + (newline ? 3 : 2));
        }
    }

    /** Drops the typed line the device echoes; false while its end has not arrived. */
    private boolean dropEcho() {
        int end = pending.indexOf("\n");
        if (end < 0) {
            return false;
        }
        pending.delete(0, end + 1);
        echoPending = false;
        return true;
    }

    /** Shows pending text up to {@code end} and keeps the rest. */
    private void show(int end) {
        if (end <= 0) {
            return;
        }
        String text = pending.substring(0, end);
        pending.delete(0, end);
        int lastNewline = text.lastIndexOf('\n');
        if (lastNewline >= 0) {
            shownOfLine.setLength(0);
        }
        shownOfLine.append(text, lastNewline + 1, text.length());
        errors.scan(text);
        sink.write(text);
    }

    private void answer(ModeGraph.Dialog dialog, String question, Deadline deadline) throws IOException {
        if (dialog.question().contains("More")) {
            stream.send(" "); // a pager: fpsh shows everything, as a script would
            return;
        }
        long asked = System.nanoTime();
        String answer = dialog.secret() ? io.readPassword(question) : io.readLine(question);
        deadline.extend(System.nanoTime() - asked); // the user's thinking time is not the device's
        if (answer == null) {
            stream.send("\u0003"); // no answer (end of input, cancelled): abandon the dialog as Ctrl-C would
            return;
        }
        stream.send(answer + "\r");
        // A secret comes back as a bare newline, an answer with echo as itself: the front end showed both already.
        skipNewlineAfterAnswer = dialog.secret();
        echoPending = !dialog.secret();
    }

    /** Watches the shown output for a line starting with an error marker of the clish or of LINA. */
    private static final class ErrorLines {
        private final StringBuilder lineStart = new StringBuilder();
        private boolean seen;

        void scan(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    lineStart.setLength(0);
                } else if (lineStart.length() < 16) {
                    lineStart.append(c);
                    String start = lineStart.toString();
                    seen |= start.equals("Syntax error:") || start.equals("ERROR: %");
                }
            }
        }

        boolean seen() {
            return seen;
        }
    }
}
