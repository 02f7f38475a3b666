package io.fpsh.playbook;

/**
 * Caps on what a playbook's code puts in a report, so a step that hands over a 100 MB string or a many-line
 * message leaves a report of a few kilobytes, with a mark where it was cut, rather than an unreadable (or
 * unwritable) one. Control characters other than line breaks and tabs are replaced: they would drive a terminal.
 */
public final class TextBounds {
    /** A reason or an error: one line. */
    public static final int LINE = 300;
    /** A finding's expected or actual: may span lines (an excerpt of output). */
    public static final int BLOCK = 4000;

    private TextBounds() {}

    /** {@code text} as one line of at most {@link #LINE} characters, with a mark for the lines and characters cut. */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        int end = lineEnd(text, 0);
        String first = text.substring(0, Math.min(end, LINE + 1));
        StringBuilder line = new StringBuilder(cut(first, LINE, end).replaceAll("\\p{Cntrl}", "?"));
        long more = moreLines(text, end);
        if (more > 0) {
            line.append(" [+").append(more).append(more == 1 ? " line]" : " lines]");
        }
        return line.toString();
    }

    /** {@code text} cut to at most {@link #BLOCK} characters with a mark; line breaks and tabs kept. */
    public static String block(String text) {
        if (text == null) {
            return "";
        }
        String kept = cut(text.substring(0, Math.min(text.length(), BLOCK + 1)), BLOCK, text.length());
        return kept.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "?");
    }

    /** {@code head} (a prefix of a text of {@code total} characters) cut to {@code limit} with a mark of how much. */
    private static String cut(String head, int limit, int total) {
        if (total <= limit) {
            return head;
        }
        return head.substring(0, limit) + "… [cut: " + (total - limit) + " more characters]";
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** How many non-empty lines follow the first line's end. */
    private static long moreLines(String text, int end) {
        long count = 0;
        boolean inLine = false;
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                inLine = false;
            } else if (!inLine) {
                inLine = true;
                count++;
            }
        }
        return count;
    }
}
