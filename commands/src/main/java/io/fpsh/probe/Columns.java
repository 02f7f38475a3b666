package io.fpsh.probe;

import java.util.regex.Pattern;

/**
 * Whitespace as the column-aligned Linux tools' text reaches a parser: blanks and tabs, and the no-break spaces a
 * copy from a web page leaves (the guide's lsof sample has them).
 */
final class Columns {
    /** One or more blanks, for use inside patterns matched against {@link #trim}'s lines. */
    static final String BLANKS = "\\s+";
    private static final Pattern SPLIT = Pattern.compile(BLANKS);

    private Columns() {}

    /** The line's blank-separated words. */
    static String[] words(String line) {
        String trimmed = trim(line);
        return trimmed.isEmpty() ? new String[0] : SPLIT.split(trimmed);
    }

    /** The line with its no-break spaces made blanks, and without blanks at either end. */
    static String trim(String line) {
        return line.replace('\u00A0', ' ').strip();
    }
}
