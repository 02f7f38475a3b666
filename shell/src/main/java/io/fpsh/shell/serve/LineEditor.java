package io.fpsh.shell.serve;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The line discipline of a server-side pty, hand-written because JLine loses type-ahead and costs a few ms per line
 * (see the stack notes): echo, backspace, Ctrl-U, Ctrl-W, Ctrl-C and Ctrl-D on an empty line. Arrow keys and other
 * escape sequences are swallowed: there is no history or cursor movement here.
 */
final class LineEditor {
    private static final int CTRL_A = 0x01;
    private static final int CTRL_C = 0x03;
    private static final int CTRL_D = 0x04;
    private static final int BACKSPACE = 0x08;
    private static final int CTRL_U = 0x15;
    private static final int CTRL_W = 0x17;
    private static final int ESC = 0x1b;
    private static final int DELETE = 0x7f;

    /** How reading a line ended. */
    enum Ending { ENTER, INTERRUPT, END_OF_INPUT }

    /** A line read: its text (empty unless ENTER) and how it ended. */
    record Line(String text, Ending ending) {}

    private final TypeAhead input;
    private final PrintStream screen;
    private final boolean terminal;
    private boolean lastWasCarriageReturn;
    private boolean detachKeys;

    /** @param terminal true with a pty: echo and control characters; false reads plain lines, as from a pipe */
    LineEditor(TypeAhead input, PrintStream screen, boolean terminal) {
        this.input = input;
        this.screen = screen;
        this.terminal = terminal;
    }

    /** While on, Ctrl-A d on an empty line is a line of its own ({@code "\u0001d"}): LINA's detach keys. */
    void detachKeys(boolean on) {
        detachKeys = on;
    }

    /** Reads one line; {@code echo} false for secrets (then only the newline is shown). */
    Line read(boolean echo) throws InterruptedException {
        boolean show = terminal && echo;
        ByteArrayOutputStream typed = new ByteArrayOutputStream();
        while (true) {
            int b = input.take();
            if (b == CTRL_A && detachKeys && terminal && typed.size() == 0) {
                int next = input.take();
                if (next == 'd') {
                    return new Line("\u0001d", Ending.ENTER); // no echo: the console prints its own goodbye
                }
                b = next; // Ctrl-A alone: the cursor is at the start of the empty line already
            }
            boolean afterCarriageReturn = lastWasCarriageReturn;
            lastWasCarriageReturn = b == '\r';
            if (b < 0) {
                return end(typed);
            }
            if (b == '\n' && afterCarriageReturn) {
                continue; // CR LF from a client that sends both: one Enter
            }
            if (b == '\r' || b == '\n') {
                if (terminal) {
                    screen.print("\r\n");
                }
                screen.flush();
                return new Line(typed.toString(StandardCharsets.UTF_8), Ending.ENTER);
            }
            if (terminal && !handledControl(b, typed, show)) {
                return new Line("", b == CTRL_C ? Ending.INTERRUPT : Ending.END_OF_INPUT);
            }
            if (!terminal || b >= 0x20 && b != DELETE) {
                typed.write(b);
                if (show) {
                    screen.write(b);
                }
            }
            if (!input.hasMore()) {
                screen.flush();
            }
        }
    }

    /** Handles a control character; returns false when it ends the line (Ctrl-C, or Ctrl-D on an empty line). */
    private boolean handledControl(int b, ByteArrayOutputStream typed, boolean show) throws InterruptedException {
        switch (b) {
            case CTRL_C:
                screen.print("^C\r\n");
                screen.flush();
                return false;
            case CTRL_D:
                return typed.size() > 0;
            case BACKSPACE, DELETE:
                erase(typed, 1, show);
                return true;
            case CTRL_U:
                erase(typed, Integer.MAX_VALUE, show);
                return true;
            case CTRL_W:
                erase(typed, wordLength(typed), show);
                return true;
            case ESC:
                skipEscapeSequence();
                return true;
            default:
                return true;
        }
    }

    private Line end(ByteArrayOutputStream typed) {
        if (typed.size() > 0 && !terminal) {
            // A last line without a newline still counts, as a shell reading a pipe takes it.
            return new Line(typed.toString(StandardCharsets.UTF_8), Ending.ENTER);
        }
        return new Line("", Ending.END_OF_INPUT);
    }

    /** Removes up to {@code characters} characters (not bytes: UTF-8) from the end, and from the screen. */
    private void erase(ByteArrayOutputStream typed, int characters, boolean show) {
        byte[] bytes = typed.toByteArray();
        int length = bytes.length;
        int erased = 0;
        while (length > 0 && erased < characters) {
            length--;
            while (length > 0 && (bytes[length] & 0xc0) == 0x80) {
                length--; // a continuation byte: keep going to the character's first byte
            }
            erased++;
        }
        typed.reset();
        typed.write(bytes, 0, length);
        if (show) {
            screen.print("\b \b".repeat(erased));
        }
    }

    /** The characters Ctrl-W erases: trailing blanks, then the word before them. */
    private static int wordLength(ByteArrayOutputStream typed) {
        String text = typed.toString(StandardCharsets.UTF_8);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        while (end > 0 && text.charAt(end - 1) != ' ') {
            end--;
        }
        return text.codePointCount(end, text.length());
    }

    /** After ESC: {@code [ params final} (CSI), {@code O x} (SS3), or one more byte. */
    private void skipEscapeSequence() throws InterruptedException {
        int next = input.take();
        if (next == '[') {
            int b;
            do {
                b = input.take();
            } while (b >= 0 && (b < 0x40 || b > 0x7e));
        } else if (next == 'O') {
            input.take();
        }
    }
}
