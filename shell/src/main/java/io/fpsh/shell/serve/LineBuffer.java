package io.fpsh.shell.serve;

/**
 * The line being typed and the cursor in it, counted in characters (code points, so a UTF-8 character is one),
 * with the editing operations of the keys.
 */
final class LineBuffer {
    private final StringBuilder text = new StringBuilder();
    /** The cursor as an index into {@link #text} (UTF-16), always on a code point boundary. */
    private int cursor;

    String text() {
        return text.toString();
    }

    /** The text left of the cursor: what {@code ?} and TAB look at. */
    String beforeCursor() {
        return text.substring(0, cursor);
    }

    /** The cursor in characters from the start. */
    int cursor() {
        return text.codePointCount(0, cursor);
    }

    int length() {
        return text.codePointCount(0, text.length());
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    boolean atEnd() {
        return cursor == text.length();
    }

    void insert(String typed) {
        text.insert(cursor, typed);
        cursor += typed.length();
    }

    /** Replaces the whole line (a history entry), the cursor at its end. */
    void replace(String line) {
        text.setLength(0);
        text.append(line);
        cursor = text.length();
    }

    /** Replaces the {@code characters} characters before the cursor by {@code word} (a completion). */
    void replaceBeforeCursor(int characters, String word) {
        int start = text.offsetByCodePoints(cursor, -characters);
        text.replace(start, cursor, word);
        cursor = start + word.length();
    }

    void deleteBefore() {
        if (cursor > 0) {
            int start = text.offsetByCodePoints(cursor, -1);
            text.delete(start, cursor);
            cursor = start;
        }
    }

    void deleteUnder() {
        if (cursor < text.length()) {
            text.delete(cursor, text.offsetByCodePoints(cursor, 1));
        }
    }

    void killToStart() {
        text.delete(0, cursor);
        cursor = 0;
    }

    void killToEnd() {
        text.setLength(cursor);
    }

    /** Ctrl-W: the blanks before the cursor, then the word before them. */
    void killWord() {
        int start = cursor;
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        text.delete(start, cursor);
        cursor = start;
    }

    void left() {
        if (cursor > 0) {
            cursor = text.offsetByCodePoints(cursor, -1);
        }
    }

    void right() {
        if (cursor < text.length()) {
            cursor = text.offsetByCodePoints(cursor, 1);
        }
    }

    void home() {
        cursor = 0;
    }

    void end() {
        cursor = text.length();
    }
}
