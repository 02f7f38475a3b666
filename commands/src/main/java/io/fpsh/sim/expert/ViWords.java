package io.fpsh.sim.expert;

import java.util.List;

/**
 * vi's word motions {@code w b e} and {@code W B E}, as vim 9 moves them with its default 'iskeyword'
 * ({@code @,48-57,_,192-255}): a word is a run of letters, digits and underscores, or a run of other non-blank
 * characters; a WORD is any run of non-blanks; an empty line is a word of its own. The cursor may rest for a moment
 * on a line's end (its column equal to the line's length), which counts as a blank, as vim's NUL does; the editor
 * puts it back on the last character afterwards.
 */
final class ViWords {
    /** A cursor position: a line and a column, the column possibly at the line's end. */
    record Position(int row, int column) {}

    private static final int BLANK = 0;
    private static final int PUNCTUATION = 1;
    private static final int KEYWORD = 2;

    private final List<String> lines;
    private final boolean bigWords;
    private int row;
    private int column;

    private ViWords(List<String> lines, boolean bigWords, int row, int column) {
        this.lines = lines;
        this.bigWords = bigWords;
        this.row = row;
        this.column = Math.min(column, lines.get(row).length());
    }

    /** {@code w} / {@code W}, {@code count} times; where it stops (the start of the last word: its last character). */
    static Position forward(List<String> lines, int row, int column, int count, boolean bigWords) {
        ViWords words = new ViWords(lines, bigWords, row, column);
        for (int i = 0; i < count; i++) {
            if (!words.nextWordStart()) {
                break;
            }
        }
        return words.position();
    }

    /** {@code b} / {@code B}, {@code count} times. */
    static Position backward(List<String> lines, int row, int column, int count, boolean bigWords) {
        ViWords words = new ViWords(lines, bigWords, row, column);
        for (int i = 0; i < count; i++) {
            if (!words.previousWordStart()) {
                break;
            }
        }
        return words.position();
    }

    /** {@code e} / {@code E}, {@code count} times. */
    static Position end(List<String> lines, int row, int column, int count, boolean bigWords) {
        ViWords words = new ViWords(lines, bigWords, row, column);
        for (int i = 0; i < count; i++) {
            if (!words.nextWordEnd()) {
                break;
            }
        }
        return words.position();
    }

    private Position position() {
        return new Position(row, column);
    }

    /** One {@code w}; false when there is no further word (the cursor then stays at the file's end). */
    private boolean nextWordStart() {
        int startClass = kind();
        boolean lastLine = row == lines.size() - 1;
        if (forwardOne() != 0 && lastLine) {
            return false; // it started on the file's last character
        }
        if (startClass != BLANK) {
            while (kind() == startClass) {
                if (forwardOne() < 0) {
                    return true;
                }
            }
        }
        while (kind() == BLANK) {
            if (column == 0 && lines.get(row).isEmpty()) {
                break; // an empty line is where w stops
            }
            if (forwardOne() < 0) {
                return true;
            }
        }
        return true;
    }

    /** One {@code b}; false at the file's start. */
    private boolean previousWordStart() {
        if (backwardOne() < 0) {
            return false;
        }
        while (kind() == BLANK) {
            if (column == 0 && lines.get(row).isEmpty()) {
                return true; // an empty line is where b stops
            }
            if (backwardOne() < 0) {
                return true;
            }
        }
        int wordClass = kind();
        while (kind() == wordClass) {
            if (backwardOne() < 0) {
                return true;
            }
        }
        forwardOne(); // overshot by one
        return true;
    }

    /** One {@code e}; false when there is no further word end. */
    private boolean nextWordEnd() {
        int startClass = kind();
        if (forwardOne() < 0) {
            return false;
        }
        if (kind() != startClass || startClass == BLANK) {
            while (kind() == BLANK) {
                if (forwardOne() < 0) {
                    return false;
                }
            }
        }
        int wordClass = kind();
        while (kind() == wordClass) {
            if (forwardOne() < 0) {
                return false;
            }
        }
        backwardOne(); // overshot by one
        return true;
    }

    /** vim's inc(): 0 within the line, 2 onto the line's end, 1 onto the next line, -1 at the file's end. */
    private int forwardOne() {
        String line = lines.get(row);
        if (column < line.length()) {
            column++;
            return column < line.length() ? 0 : 2;
        }
        if (row < lines.size() - 1) {
            row++;
            column = 0;
            return 1;
        }
        return -1;
    }

    /** vim's dec(): 0 within the line, 1 onto the previous line's end, -1 at the file's start. */
    private int backwardOne() {
        if (column > 0) {
            column = Math.min(column, lines.get(row).length()) - 1;
            return 0;
        }
        if (row > 0) {
            row--;
            column = lines.get(row).length();
            return 1;
        }
        return -1;
    }

    /** The class of the character under the cursor; a line's end is blank. */
    private int kind() {
        String line = lines.get(row);
        if (column >= line.length()) {
            return BLANK;
        }
        char c = line.charAt(column);
        if (c == ' ' || c == '\t') {
            return BLANK;
        }
        if (bigWords) {
            return KEYWORD;
        }
        return Character.isLetterOrDigit(c) || c == '_' || c >= 192 ? KEYWORD : PUNCTUATION;
    }
}
