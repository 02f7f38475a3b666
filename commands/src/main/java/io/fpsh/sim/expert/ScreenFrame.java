package io.fpsh.sim.expert;

/**
 * One redraw of a full-screen program's terminal (less, vi): each row's text, cleared to its end, then the cursor
 * where the program leaves it. Rows are addressed, not ended with newlines, so a pty's CRLF translation cannot shift
 * them; the cursor is hidden while drawing so it does not flicker across the screen.
 */
final class ScreenFrame {
    static final String REVERSE = "\u001b[7m";
    static final String NORMAL = "\u001b[m";
    /** The alternate screen, as less and vim use it (xterm's smcup/rmcup): leaving it shows the shell's lines again. */
    static final String ENTER_ALTERNATE = "\u001b[?1049h\u001b[H\u001b[2J";
    static final String LEAVE_ALTERNATE = "\u001b[?1049l";
    static final int TAB_STOP = 8;

    private final StringBuilder text = new StringBuilder("\u001b[?25l");

    /**
     * Row {@code row} (from 0) shows {@code content}, which may hold reverse-video sequences. The row is cleared
     * first, in plain attributes, so what follows the content is blank as on a freshly scrolled line (less's bold
     * {@code ~} rows end at the tilde).
     */
    ScreenFrame row(int row, String content) {
        text.append("\u001b[").append(row + 1).append(";1H").append(NORMAL).append("\u001b[K").append(content);
        return this;
    }

    /** Text put at a column of a row already drawn (vi's ruler). */
    ScreenFrame at(int row, int column, String content) {
        text.append("\u001b[").append(row + 1).append(';').append(column + 1).append('H').append(content);
        return this;
    }

    /** The frame's text, the cursor left at {@code row}, {@code column} (from 0) and shown again. */
    String cursorAt(int row, int column) {
        return text.append("\u001b[").append(row + 1).append(';').append(column + 1).append("H\u001b[?25h").toString();
    }

    /** A line as the terminal shows it: tabs to the next multiple of 8, other control characters as {@code ^X}. */
    static String displayed(String line) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                shown.append(" ".repeat(TAB_STOP - shown.length() % TAB_STOP));
            } else if (c < 0x20 || c == 0x7f) {
                shown.append('^').append((char) (c ^ 0x40));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** The screen column (from 0) where character {@code index} of {@code line} starts. */
    static int column(String line, int index) {
        return displayed(line.substring(0, Math.min(index, line.length()))).length();
    }

    /** How many screen rows a line takes when wrapped at {@code columns} (an empty line takes one). */
    static int rowsOf(String displayedLine, int columns) {
        return Math.max(1, (displayedLine.length() + columns - 1) / columns);
    }
}
