package io.fpsh.shell.serve;

import java.io.PrintStream;
import java.util.function.IntSupplier;

/**
 * Shows the edits of a line on the client's terminal with the few sequences every pty terminal knows: backspace,
 * CR, cursor up/down/left/right ({@code ESC [ n A/B/C/D}) and erase below ({@code ESC [ J}). It keeps the cursor's
 * place as the prompt's width plus the characters before it, wrapped at the terminal's width, so a line longer than
 * the screen is redrawn too. Only the part after the first change is written again: typing at the end is a plain
 * echo. Every character counts one column (wide East Asian characters would be off).
 */
final class LineRedraw {
    private static final String ESC = "\u001b[";
    private static final String ERASE_BELOW = ESC + "J";

    private final PrintStream screen;
    private final int promptWidth;
    private final IntSupplier columns;

    /** @param prompt the prompt the line follows; only its last line counts */
    LineRedraw(PrintStream screen, String prompt, IntSupplier columns) {
        this.screen = screen;
        String lastLine = prompt.substring(prompt.lastIndexOf('\n') + 1);
        this.promptWidth = lastLine.codePointCount(0, lastLine.length());
        this.columns = columns;
    }

    /** Brings the screen from {@code before} with the cursor at {@code beforeCursor} (in characters) to {@code after}. */
    void update(String before, int beforeCursor, String after, int afterCursor) {
        int same = commonPrefix(before, after);
        int beforeLength = length(before);
        int afterLength = length(after);
        if (same == beforeLength && same == afterLength) {
            move(beforeCursor, afterCursor);
            return;
        }
        int erased = beforeLength - afterLength;
        if (same == afterLength && beforeCursor == beforeLength && afterCursor == afterLength
                && column(beforeLength) >= erased) {
            screen.print("\b \b".repeat(erased)); // erasing at the end of the row, as a tty's echo does
            return;
        }
        move(beforeCursor, same);
        screen.print(after.substring(after.offsetByCodePoints(0, same)));
        if (afterLength > same) {
            settleAt(afterLength);
        }
        if (afterLength < beforeLength) {
            screen.print(ERASE_BELOW);
        }
        move(afterLength, afterCursor);
    }

    /** Writes the prompt and the line afresh below whatever was printed (a help listing), the cursor back in place. */
    void reprint(String prompt, String text, int cursor) {
        screen.print(prompt);
        screen.print(text);
        settleAt(length(text));
        move(length(text), cursor);
    }

    /** Moves the cursor to the end of the line (before Enter, ^C or a listing, so nothing is written over the line). */
    void toEnd(String text, int cursor) {
        move(cursor, length(text));
    }

    /**
     * After writing up to a row's last column a terminal keeps the cursor there until the next character: a blank
     * and CR put it at the start of the next row for certain (readline does the same), so {@link #move} can count.
     */
    private void settleAt(int end) {
        int position = promptWidth + end;
        if (position > 0 && position % width() == 0) {
            screen.print(" \r");
        }
    }

    private void move(int from, int to) {
        int width = width();
        int fromRow = (promptWidth + from) / width;
        int toRow = (promptWidth + to) / width;
        int toColumn = (promptWidth + to) % width;
        if (fromRow != toRow) {
            screen.print(ESC + Math.abs(toRow - fromRow) + (toRow < fromRow ? "A" : "B"));
            screen.print(toColumn > 0 ? "\r" + ESC + toColumn + "C" : "\r");
            return;
        }
        int right = to - from;
        if (right == -1) {
            screen.print('\b');
        } else if (right < 0) {
            screen.print(ESC + -right + "D");
        } else if (right > 0) {
            screen.print(ESC + right + "C");
        }
    }

    private int column(int characters) {
        return (promptWidth + characters) % width();
    }

    private int width() {
        return Math.max(1, columns.getAsInt());
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The characters {@code a} and {@code b} start with in common. */
    private static int commonPrefix(String a, String b) {
        int i = 0;
        int characters = 0;
        while (i < a.length() && i < b.length()) {
            int c = a.codePointAt(i);
            if (c != b.codePointAt(i)) {
                break;
            }
            i += Character.charCount(c);
            characters++;
        }
        return characters;
    }
}
