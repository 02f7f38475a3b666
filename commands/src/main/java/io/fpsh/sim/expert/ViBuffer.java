package io.fpsh.sim.expert;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The text vi edits: its lines, the cursor, whether it changed since the last write, and the states before each
 * change for {@code u} (a whole copy each: the files vi opens here are small).
 */
final class ViBuffer {
    /**
     * A state to go back to: the lines and cursor before change number {@code number}, made at {@code madeAt}, and
     * the version the text was then (0 as opened, else the number of the change that made it).
     */
    private record Before(List<String> lines, int row, int column, int number, int version, long madeAt) {}

    private final List<String> lines;
    private final Deque<Before> undo = new ArrayDeque<>();
    private int changes;
    private int version;
    private int writtenVersion;
    /** Set by a change; cleared by a write, or by undoing back to what was written. */
    private boolean modified;
    int row;
    int column;

    ViBuffer(List<String> initial) {
        lines = new ArrayList<>(initial.isEmpty() ? List.of("") : initial);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    String current() {
        return lines.get(row);
    }

    boolean modified() {
        return modified;
    }

    void markWritten() {
        modified = false;
        writtenVersion = version;
    }

    /** Keeps the state before a change, for {@code u}; one insert from i to Esc is one change. */
    void beginChange() {
        changes++;
        undo.push(new Before(List.copyOf(lines), row, column, changes, version, System.nanoTime()));
        version = changes;
    }

    void setLine(int index, String text) {
        lines.set(index, text);
        modified = true;
    }

    void insertLine(int index, String text) {
        lines.add(index, text);
        modified = true;
    }

    void deleteLines(int from, int count) {
        int end = Math.min(lines.size(), from + count);
        lines.subList(from, end).clear();
        if (lines.isEmpty()) {
            lines.add("");
        }
        row = Math.min(from, lines.size() - 1);
        modified = true;
    }

    /**
     * Goes back to the state before the last change; vim's message, e.g. {@code 1 line less; before #2  3 seconds
     * ago}, or null when there is nothing to undo. [UNVERIFIED: vim shows a clock time after 100 seconds]
     */
    String undo() {
        if (undo.isEmpty()) {
            return null;
        }
        Before before = undo.pop();
        int difference = before.lines.size() - lines.size();
        lines.clear();
        lines.addAll(before.lines);
        row = before.row;
        column = before.column;
        version = before.version;
        modified = version != writtenVersion;
        long seconds = (System.nanoTime() - before.madeAt) / 1_000_000_000L;
        String what = difference == 1 ? "1 more line" : difference > 1 ? difference + " more lines"
                : difference == -1 ? "1 line less" : difference < -1 ? -difference + " fewer lines" : "1 change";
        return what + "; before #" + before.number + "  " + seconds + (seconds == 1 ? " second ago" : " seconds ago");
    }

    /** Puts the cursor on the line's last character (normal mode) or just past it ({@code pastEnd}, insert mode). */
    void clampColumn(boolean pastEnd) {
        int length = current().length();
        column = Math.max(0, Math.min(column, pastEnd ? length : length - 1));
    }

    /** The column of the line's first non-blank character. */
    int firstNonBlank() {
        String line = current();
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return Math.min(i, Math.max(0, line.length() - 1));
    }
}
