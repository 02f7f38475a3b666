package io.fpsh.shell.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines entered at one prompt of a session, oldest first, for Up/Down and Ctrl-P/Ctrl-N. As with bash's
 * HISTCONTROL=ignoreboth (and fpsh's local shell) blank lines, lines starting with a blank (fpsh's own hidden status
 * query) and a repeat of the last line are not kept; the oldest go beyond the limit ({@link #LIMIT} unless told).
 */
final class LineHistory {
    static final int LIMIT = 500;

    private final List<String> lines = new ArrayList<>();
    private final int limit;

    LineHistory() {
        this(LIMIT);
    }

    /** A history keeping the newest {@code limit} lines (the served shell's history cap). */
    LineHistory(int limit) {
        this.limit = limit;
    }

    void add(String line) {
        if (line.isBlank() || line.startsWith(" ") || (!lines.isEmpty() && lines.get(lines.size() - 1).equals(line))) {
            return;
        }
        if (lines.size() >= limit) {
            lines.remove(0);
        }
        lines.add(line);
    }

    int size() {
        return lines.size();
    }

    String get(int index) {
        return lines.get(index);
    }

    /** A walk through the history while one line is typed; the line being typed is kept as the newest entry. */
    Walk walk() {
        return new Walk();
    }

    final class Walk {
        private int index = lines.size();
        private String typed = "";

        /** The entry before the one shown, or null at the oldest; {@code current} is what the line holds now. */
        String previous(String current) {
            if (index == 0) {
                return null;
            }
            if (index == lines.size()) {
                typed = current;
            }
            return lines.get(--index);
        }

        /** The entry after the one shown (the line being typed after the newest), or null when already there. */
        String next() {
            if (index >= lines.size()) {
                return null;
            }
            index++;
            return index == lines.size() ? typed : lines.get(index);
        }
    }
}
