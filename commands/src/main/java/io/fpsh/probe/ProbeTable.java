package io.fpsh.probe;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A probe's result for a person: one line per field of the record (nested records flattened with dots, lists of
 * values joined with commas, lists of records numbered), names aligned, then one footer line saying where it came
 * from (the line sent, its mode, exit status and duration). A failed result is its one error line.
 */
public final class ProbeTable {
    /** What an absent value shows, so a column never looks empty by accident. */
    static final String ABSENT = "-";

    private ProbeTable() {}

    /** The table, each line ending with a newline; only for a result that read the state. */
    public static String render(ProbeResult result) {
        List<String[]> rows = new ArrayList<>();
        flatten("", result.record(), rows);
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(String.format("%-" + Math.max(1, width) + "s  %s", row[0], row[1]).stripTrailing()).append('\n');
        }
        return out.append(footer(result)).append('\n').toString();
    }

    /** The one line of a result that could not read the state: the probe, then why. */
    public static String errorLine(ProbeResult result) {
        String error = result.error() == null ? result.status().name() : result.error();
        String line = error.lines().findFirst().orElse(error);
        return line.startsWith(result.probe() + ":") ? line : result.probe() + ": " + line;
    }

    /** Where the values came from: {@code sent 'show network' in clish: exit 0, 4 ms}. */
    static String footer(ProbeResult result) {
        Evidence evidence = result.evidence();
        if (evidence == null) {
            return "(no evidence)";
        }
        if (evidence.source().equals("model")) {
            return "answered from " + result.target() + "'s state (the line would be '" + evidence.sent() + "' in "
                    + modeName(evidence) + ")";
        }
        return "sent '" + evidence.sent() + "' in " + modeName(evidence) + ": exit " + evidence.exitStatus() + ", "
                + milliseconds(evidence.durationMicros()) + " on " + result.target();
    }

    private static String modeName(Evidence evidence) {
        return evidence.mode() == null ? "?" : evidence.mode().name().toLowerCase().replace('_', '-');
    }

    private static String milliseconds(long micros) {
        return micros >= 10_000 ? micros / 1000 + " ms" : String.format("%.1f ms", micros / 1000.0);
    }

    private static void flatten(String name, Object value, List<String[]> rows) {
        if (value instanceof Optional<?> optional) {
            flatten(name, optional.orElse(null), rows);
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                flatten(name.isEmpty() ? component.getName() : name + "." + component.getName(), RecordValues.read(component, record), rows);
            }
        } else if (value instanceof Collection<?> items && items.stream().anyMatch(item -> item instanceof Record)) {
            int index = 0;
            for (Object item : items) {
                flatten(name + "[" + index++ + "]", item, rows);
            }
        } else if (value instanceof Collection<?> items) {
            rows.add(new String[] {name, String.join(", ", items.stream().map(ProbeTable::text).toList())});
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> flatten(name + "." + key, item, rows));
        } else {
            rows.add(new String[] {name, text(value)});
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return ABSENT;
        }
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }
}
