package io.fpsh.shell;

import io.fpsh.playbook.ShippedPlaybooks;

import java.util.List;

/** {@code fpsh run} and {@code :run} alone: one line per shipped playbook, its name then its summary. */
final class PlaybookList {
    private PlaybookList() {}

    static String text() {
        List<ShippedPlaybooks.Entry> entries = ShippedPlaybooks.all();
        int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        for (ShippedPlaybooks.Entry entry : entries) {
            text.append(entry.name()).append(" ".repeat(width - entry.name().length())).append(entry.summary())
                    .append('\n');
        }
        return text.toString();
    }
}
