package io.fpsh.shell.serve;

import io.fpsh.device.ModeGraph;
import io.fpsh.shell.HelpListing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The line discipline of a server-side pty, hand-written because JLine loses type-ahead and costs a few ms per line
 * (see the stack notes). Keys are taken one by one from the {@link TypeAhead}, so lines typed before the prompt came
 * back are edited and run in turn. At a command prompt: Cisco {@code ?} help and TAB completion (in the device's mode
 * when the key is pressed), the history on Up/Down and Ctrl-P/Ctrl-N, cursor moves (Left/Right, Home/End, Ctrl-A/E/B/F)
 * and the emacs editing keys (Backspace, Delete, Ctrl-D, Ctrl-K, Ctrl-U, Ctrl-W). A dialog's answer takes only
 * typing and erasing at the end, is never kept in the history, and a secret is not echoed. Without a pty lines are
 * plain: every byte up to the newline is text.
 */
final class LineEditor {
    private static final char BELL = '\u0007';

    /** How reading a line ended. */
    enum Ending { ENTER, INTERRUPT, END_OF_INPUT }

    /** A line read: its text (empty unless ENTER) and how it ended. */
    record Line(String text, Ending ending) {}

    private static final Line INTERRUPTED = new Line("", Ending.INTERRUPT);
    private static final Line ENDED = new Line("", Ending.END_OF_INPUT);

    private final TypeAhead input;
    private final KeyDecoder keys;
    private final PrintStream screen;
    private final boolean terminal;
    private boolean lastWasCarriageReturn;

    /** @param terminal true with a pty: echo and editing keys; false reads plain lines, as from a pipe */
    LineEditor(TypeAhead input, PrintStream screen, boolean terminal) {
        this.input = input;
        this.keys = new KeyDecoder(input);
        this.screen = screen;
        this.terminal = terminal;
    }

    /** Reads a dialog's answer; {@code echo} false for secrets (then only the newline is shown). */
    Line read(boolean echo) throws InterruptedException {
        return terminal ? readAnswer(echo) : readPlain();
    }

    /** Reads a command after {@code prompt} (already shown), with help, completion and history. */
    Line readCommand(CommandPrompt prompt) throws InterruptedException {
        return terminal ? new CommandLine(prompt).read() : readPlain();
    }

    private Line readAnswer(boolean echo) throws InterruptedException {
        LineBuffer line = new LineBuffer();
        while (true) {
            Key key = keys.next();
            int length = line.length();
            switch (key.kind()) {
                case END_OF_INPUT:
                    return ENDED;
                case ENTER:
                    return entered(line.text());
                case INTERRUPT:
                    return interrupted();
                case CTRL_D:
                    if (line.isEmpty()) {
                        return ENDED;
                    }
                    break;
                case CHARACTER:
                    String typed = Character.toString(key.codePoint());
                    line.insert(typed);
                    if (echo) {
                        screen.print(typed);
                    }
                    break;
                case BACKSPACE:
                    line.deleteBefore();
                    break;
                case KILL_TO_START:
                    line.killToStart();
                    break;
                case KILL_WORD:
                    line.killWord();
                    break;
                default:
                    break; // no cursor moves, history or completion in an answer
            }
            if (echo && line.length() < length) {
                screen.print("\b \b".repeat(length - line.length()));
            }
            if (!keys.hasMore()) {
                screen.flush();
            }
        }
    }

    /** One command line being edited: the keys' effects on the text, then the screen brought up to date. */
    private final class CommandLine {
        private final CommandPrompt prompt;
        private final LineBuffer line = new LineBuffer();
        private final LineRedraw redraw;
        private final LineHistory.Walk history;

        CommandLine(CommandPrompt prompt) {
            this.prompt = prompt;
            this.redraw = new LineRedraw(screen, prompt.prompt(), prompt.columns());
            this.history = prompt.history().walk();
        }

        Line read() throws InterruptedException {
            Key pending = null;
            while (true) {
                Key key = pending != null ? pending : keys.next();
                pending = null;
                String before = line.text();
                int beforeCursor = line.cursor();
                switch (key.kind()) {
                    case END_OF_INPUT:
                        return ENDED;
                    case ENTER:
                        redraw.toEnd(before, beforeCursor);
                        prompt.history().add(before);
                        return entered(before);
                    case INTERRUPT:
                        redraw.toEnd(before, beforeCursor);
                        return interrupted();
                    case CTRL_D:
                        if (line.isEmpty() && !prompt.detachKeys()) {
                            return ENDED; // LINA's prompts ignore Ctrl-D, as an ASA does
                        }
                        line.deleteUnder();
                        break;
                    case CHARACTER:
                        if (key.codePoint() == '?' && prompt.completion().questionMarkIsHelp()) {
                            showHelp();
                        } else {
                            line.insert(Character.toString(key.codePoint()));
                        }
                        break;
                    case TAB:
                        complete();
                        break;
                    case CTRL_A:
                        if (prompt.detachKeys() && line.isEmpty()) {
                            Key next = keys.next();
                            if (next.kind() == Key.Kind.CHARACTER && next.codePoint() == 'd') {
                                // the keys themselves, sent on without an Enter; no echo: the console prints
                                // its goodbye
                                return new Line(ModeGraph.DETACH, Ending.ENTER);
                            }
                            pending = next; // Ctrl-A alone: the cursor is at the start of the empty line already
                        }
                        line.home();
                        break;
                    case UP:
                        recall(history.previous(before));
                        break;
                    case DOWN:
                        recall(history.next());
                        break;
                    default:
                        edit(key.kind());
                }
                redraw.update(before, beforeCursor, line.text(), line.cursor());
                if (!keys.hasMore()) {
                    screen.flush();
                }
            }
        }

        private void edit(Key.Kind kind) {
            switch (kind) {
                case BACKSPACE -> line.deleteBefore();
                case DELETE -> line.deleteUnder();
                case KILL_TO_START -> line.killToStart();
                case KILL_TO_END -> line.killToEnd();
                case KILL_WORD -> line.killWord();
                case LEFT -> line.left();
                case RIGHT -> line.right();
                case HOME -> line.home();
                case END -> line.end();
                default -> { } // keys the clish does not bind
            }
        }

        /** Cisco {@code ?}: the line finished with {@code ?}, what may come next, then the same line again. */
        private void showHelp() {
            String listing = prompt.completion().help(line.beforeCursor(), prompt.columns().getAsInt());
            redraw.toEnd(line.text(), line.cursor());
            screen.print("?\r\n");
            screen.print(listing);
            redraw.reprint(prompt.prompt(), line.text(), line.cursor());
        }

        private void complete() {
            String beforeCursor = line.beforeCursor();
            String partial = TabCompletion.partialWord(beforeCursor);
            TabCompletion tab = TabCompletion.of(partial, prompt.completion().candidates(beforeCursor));
            switch (tab.outcome()) {
                case BELL -> screen.print(BELL);
                case INSERT -> line.replaceBeforeCursor(partial.codePointCount(0, partial.length()), tab.replacement());
                case LIST -> {
                    redraw.toEnd(line.text(), line.cursor());
                    screen.print("\r\n");
                    screen.print(HelpListing.columns(tab.listed(), prompt.columns().getAsInt()));
                    redraw.reprint(prompt.prompt(), line.text(), line.cursor());
                }
            }
        }

        /** Shows a history entry; null (nothing further that way) rings the bell, as readline and the clish do. */
        private void recall(String entry) {
            if (entry == null) {
                screen.print(BELL);
            } else {
                line.replace(entry);
            }
        }
    }

    private Line entered(String text) {
        screen.print("\r\n");
        screen.flush();
        return new Line(text, Ending.ENTER);
    }

    private Line interrupted() {
        screen.print("^C\r\n");
        screen.flush();
        return INTERRUPTED;
    }

    /** Without a pty: bytes up to CR or LF (CR LF is one end), nothing echoed and nothing edited. */
    private Line readPlain() throws InterruptedException {
        ByteArrayOutputStream typed = new ByteArrayOutputStream();
        while (true) {
            int b = input.take();
            boolean afterCarriageReturn = lastWasCarriageReturn;
            lastWasCarriageReturn = b == '\r';
            if (b < 0) {
                // A last line without a newline still counts, as a shell reading a pipe takes it.
                return typed.size() > 0 ? new Line(typed.toString(StandardCharsets.UTF_8), Ending.ENTER) : ENDED;
            }
            if (b == '\n' && afterCarriageReturn) {
                continue;
            }
            if (b == '\r' || b == '\n') {
                screen.flush();
                return new Line(typed.toString(StandardCharsets.UTF_8), Ending.ENTER);
            }
            typed.write(b);
        }
    }
}
