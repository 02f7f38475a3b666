package io.fpsh.ssh;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.ModeGraph;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one command's output up to the next prompt: drops the echo of the typed line, shows the output as it comes
 * (holding back only a last line that may be the start of the prompt or of a dialog question), answers dialogs
 * through {@link DeviceIo}, turns pages into one text, and stops at a prompt at the very end of the stream.
 */
final class PromptReader {
    /** Where the output goes: the user's screen, or a buffer for hidden commands. */
    interface Sink {
        void write(String text);
    }

    /**
     * How the command ended: the prompt, whether a line of the output started with an error marker, and the text the
     * device kept on its line after the prompt (rejected input it rang the bell at), cleared by fpsh; null if none.
     */
    record Ending(ScreenTail.Prompt prompt, boolean errorLine, String clearedLine) {}

    /** Ctrl-A Ctrl-K then Enter: the start of the line, kill to its end, a fresh prompt (unicon's recovery). */
    static final String CLEAR_LINE = "\u0001\u000b\r";
    /** How long the device must stay silent after a prompt with text on its line before fpsh clears the line. */
    private static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /**
     * What erases a pager prompt once answered: {@code \r} + spaces + {@code \r}, backspaces over spaces, or a bare
     * {@code \r} (its {@code ESC [K} is gone already). Spaces after a bare {@code \r} are the next line's indentation.
     */
    private static final Pattern PAGER_ERASE = Pattern.compile("\\r *\\r|\\r *(?=\\n)|\\x08+ *\\x08*|\\r");
    private static final Pattern ERASE_SO_FAR = Pattern.compile("[\\r\\x08 ]*");

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
    private boolean pagerErasePending;
    private String clearedLine;

    /** @param interruptEchoed set by a Ctrl-C: the device's tty echoes "^C", which the front end shows already */
    PromptReader(ShellStream stream, Sink sink, DeviceIo io, boolean echoPending,
                 AtomicBoolean interruptEchoed) {
        this.interruptEchoed = interruptEchoed;
        this.stream = stream;
        this.sink = sink;
        this.io = io;
        this.echoPending = echoPending;
    }

    /** Drops the newline that starts the answer to input the device does not echo (Ctrl-A d). */
    PromptReader skippingFirstNewline() {
        skipNewlineAfterAnswer = true;
        return this;
    }

    /**
     * @throws java.io.EOFException the device closed the connection; what it sent before is shown
     * @throws IOException          the connection broke; likewise
     * @throws Deadline.Passed      no prompt in time; what came is shown
     */
    Ending readToPrompt(Deadline deadline) throws Deadline.Passed, InterruptedException, IOException {
        while (true) {
            receive(deadline);
            if (echoPending && !dropEcho()) {
                if (endsWithBell(pending) && !stream.hasMore() && stream.quietFor(SETTLE_NANOS)) {
                    echoPending = false; // the echo never ends: the device refused the Enter and keeps the line
                    clearLine(pending.toString());
                }
                continue;
            }
            dropInterruptEcho();
            if (skipNewlineAfterAnswer && !pending.isEmpty()) {
                if (pending.charAt(0) == '\n') {
                    pending.deleteCharAt(0); // the Enter that ended the secret, echoed by the device
                }
                skipNewlineAfterAnswer = false;
            }
            if (pagerErasePending && !dropPagerErase()) {
                continue;
            }
            int lineStart = pending.lastIndexOf("\n") + 1;
            // The part already shown belongs to the current line only while no newline has arrived since.
            String shownPart = lineStart == 0 ? shownOfLine.toString() : "";
            String line = shownPart + pending.substring(lineStart);
            if (!stream.hasMore()) {
                Optional<ScreenTail.Prompt> prompt = ScreenTail.prompt(line);
                if (prompt.isPresent()) {
                    if (clearedLine == null) {
                        show(lineStart + Math.max(0, prompt.get().start() - shownPart.length()));
                    }
                    return new Ending(prompt.get(), errors.seen() || clearedLine != null, clearedLine);
                }
                Optional<ModeGraph.Dialog> dialog = clearedLine == null ? ScreenTail.dialog(line) : Optional.empty();
                if (dialog.isPresent()) {
                    show(lineStart);
                    pending.setLength(0);
                    shownOfLine.setLength(0);
                    answer(dialog.get(), line.strip(), deadline);
                    continue;
                }
                Optional<String> leftover = clearedLine == null ? ScreenTail.leftover(line) : Optional.empty();
                if (leftover.isPresent()) {
                    show(lineStart); // the complete lines first: an error among them counts
                    if ((endsWithBell(leftover.get()) || errors.seen()) && stream.quietFor(SETTLE_NANOS)) {
                        clearLine(leftover.get());
                    }
                    continue;
                }
            }
            if (clearedLine != null) {
                pending.delete(0, lineStart); // what answers the clear: cursor moves, then a fresh prompt
                continue;
            }
            show(ScreenTail.mayBecomePromptOrDialog(line) ? lineStart : pending.length());
        }
    }

    private static boolean endsWithBell(CharSequence text) {
        return text.length() > 0 && text.charAt(text.length() - 1) == '\u0007';
    }

    /** Clears the device's line of {@code kept} (shown nowhere) and waits for the fresh prompt that follows. */
    private void clearLine(String kept) throws IOException {
        pending.setLength(0);
        shownOfLine.setLength(0);
        clearedLine = kept.replace("\u0007", "").strip();
        stream.send(CLEAR_LINE);
    }

    /** Adds the next text to {@code pending}; when the stream ends or the time is up, shows what came first. */
    private void receive(Deadline deadline) throws Deadline.Passed, InterruptedException, IOException {
        try {
            pending.append(stream.next(deadline));
        } catch (Deadline.Passed | IOException e) {
            if (!echoPending && clearedLine == null) {
                show(pending.length());
            }
            throw e;
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

    /** Drops what erases an answered pager prompt; false while the erasing may still go on. */
    private boolean dropPagerErase() {
        if (pending.isEmpty() || ERASE_SO_FAR.matcher(pending).matches()) {
            return false;
        }
        Matcher erase = PAGER_ERASE.matcher(pending);
        if (erase.lookingAt()) {
            pending.delete(0, erase.end());
        }
        pagerErasePending = false;
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
            pagerErasePending = true;
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
        // FXOS's errors are "% Invalid Command at '^' marker" and "% Ambiguous command ..." (unicon's ERROR_PATTERN)
        private static final String[] MARKERS = {"Syntax error:", "ERROR: %", "% Invalid Command", "% Ambiguous command"};
        private static final int LONGEST = java.util.Arrays.stream(MARKERS).mapToInt(String::length).max().orElse(0);
        /** The first characters of the current line, as far as a marker could reach; lines may span chunks. */
        private final StringBuilder lineStart = new StringBuilder(LONGEST);
        private boolean seen;

        void scan(String text) {
            int i = 0;
            while (i < text.length()) {
                if (lineStart.length() == LONGEST) {
                    int newline = text.indexOf('\n', i); // the rest of a long line cannot start a marker
                    if (newline < 0) {
                        return;
                    }
                    i = newline;
                }
                char c = text.charAt(i++);
                if (c == '\n') {
                    lineStart.setLength(0);
                } else {
                    lineStart.append(c);
                    seen |= isMarker(lineStart);
                }
            }
        }

        private static boolean isMarker(CharSequence start) {
            for (String marker : MARKERS) {
                if (marker.length() == start.length() && marker.contentEquals(start)) {
                    return true;
                }
            }
            return false;
        }

        boolean seen() {
            return seen;
        }
    }
}
