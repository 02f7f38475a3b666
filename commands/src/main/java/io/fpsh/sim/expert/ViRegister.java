package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/**
 * vi's unnamed register: what {@code yy}, {@code dd}, {@code x} and {@code D} last took, whole lines or characters of
 * one line, and how {@code p} and {@code P} put it back as vim 9 does (lines below or above the cursor's line with the
 * cursor on the first one's first non-blank; characters after or at the cursor with the cursor on the last one put).
 */
record ViRegister(List<String> text, boolean linewise) {
    static final ViRegister EMPTY = new ViRegister(List.of(), false);

    static ViRegister lines(List<String> lines) {
        return new ViRegister(List.copyOf(lines), true);
    }

    static ViRegister characters(String characters) {
        return new ViRegister(List.of(characters), false);
    }

    boolean isEmpty() {
        return text.isEmpty() || (!linewise && text.get(0).isEmpty());
    }

    /**
     * Puts the text {@code count} times after the cursor ({@code p}) or before it ({@code P}); vim's message for the
     * lines added when there are more than two ('report'), else null. The caller has begun the change.
     */
    String put(ViBuffer buffer, int count, boolean after) {
        if (linewise) {
            List<String> added = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                added.addAll(text);
            }
            int at = after ? buffer.row + 1 : buffer.row;
            for (int i = 0; i < added.size(); i++) {
                buffer.insertLine(at + i, added.get(i));
            }
            buffer.row = at;
            buffer.column = buffer.firstNonBlank();
            return added.size() > 2 ? added.size() + " more lines" : null;
        }
        String line = buffer.current();
        String characters = text.get(0).repeat(count);
        int at = line.isEmpty() ? 0 : Math.min(line.length(), after ? buffer.column + 1 : buffer.column);
        buffer.setLine(buffer.row, line.substring(0, at) + characters + line.substring(at));
        buffer.column = at + characters.length() - 1;
        return null;
    }
}
