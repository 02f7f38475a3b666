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
     * Goes back to the state before the last {@code times} changes; vim's message, e.g. {@code 1 line less; before #2
     * 3 seconds ago}, or null when there is nothing to undo. With the line count unchanged vim counts the lines the
     * undone changes touched ({@code 2 changes}); fpsh counts, each step, the lines that differ (at least one).
     * [UNVERIFIED: vim shows a clock time after 100 seconds; its count of a change that moved lines about]
     */
    String undo(int times) {
        if (undo.isEmpty()) {
            return null;
        }
        int sizeBefore = lines.size();
        int touched = 0;
        Before before = null;
        for (int i = 0; i < times && !undo.isEmpty(); i++) {
            before = undo.pop();
            touched += Math.max(1, differingLines(before.lines));
            lines.clear();
            lines.addAll(before.lines);
        }
        row = before.row;
        column = before.column;
        version = before.version;
        modified = version != writtenVersion;
        long seconds = (System.nanoTime() - before.madeAt) / 1_000_000_000L;
        int difference = lines.size() - sizeBefore;
        String what = difference == 1 ? "1 more line" : difference > 1 ? difference + " more lines"
                : difference == -1 ? "1 line less" : difference < -1 ? -difference + " fewer lines"
                : touched == 1 ? "1 change" : touched + " changes";
        return what + "; before #" + before.number + "  " + seconds + (seconds == 1 ? " second ago" : " seconds ago");
    }

    /** How many lines of the text now differ from {@code other}, position by position, over the longer of the two. */
    private int differingLines(List<String> other) {
        int count = 0;
        for (int i = 0; i < Math.max(lines.size(), other.size()); i++) {
            if (i >= lines.size() || i >= other.size() || !lines.get(i).equals(other.get(i))) {
                count++;
            }
        }
        return count;
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
