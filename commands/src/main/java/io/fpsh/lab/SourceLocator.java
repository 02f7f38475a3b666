package io.fpsh.lab;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where a field is written in a lab file's text. Records keep no positions and the YAML parser reports
 * where it noticed a problem, not where the field is, so errors are placed by reading the source again.
 */
final class SourceLocator {
    private final List<String> lines;

    SourceLocator(String source) {
        this.lines = source.lines().toList();
    }

    /**
     * {@code ":N"} for the line of the field's last key (the first line holding both key and {@code value} when a
     * value is given), or "" when the key is not in the text.
     */
    String lineOf(String fieldPath, String value) {
        String key = fieldPath.replaceAll("\\[\\d+]", "");
        key = key.substring(key.lastIndexOf('.') + 1);
        Pattern keyPattern = keyPattern(key);
        int keyLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (keyPattern.matcher(lines.get(i)).find()) {
                if (value == null || value.isEmpty() || lines.get(i).contains(value)) {
                    return ":" + (i + 1);
                }
                if (keyLine < 0) {
                    keyLine = i + 1;
                }
            }
        }
        if (keyLine > 0) {
            for (int i = keyLine - 1; i < lines.size(); i++) {
                if (lines.get(i).contains(value)) {
                    return ":" + (i + 1);
                }
            }
        }
        return keyLine > 0 ? ":" + keyLine : "";
    }

    /** Whether a line writes the field's last key together with {@code value}. */
    boolean holds(String fieldPath, String value) {
        String key = fieldPath.replaceAll("\\[\\d+]", "");
        Pattern keyPattern = keyPattern(key.substring(key.lastIndexOf('.') + 1));
        return lines.stream().anyMatch(line -> keyPattern.matcher(line).find() && line.contains(value));
    }

    /**
     * {@code ":N"} for the line of the field found by walking its path (each key at or after its parent's line), so
     * that {@code network.proxy.password} is not taken for an account's password; "" when a key is not there.
     */
    String lineOfPath(String fieldPath) {
        return lineOfPath(List.of(fieldPath.replaceAll("\\[\\d+]", "").split("\\.")));
    }

    /** {@link #lineOfPath(String)} for keys that may hold dots (an unknown key is any text). */
    String lineOfPath(List<String> keys) {
        int line = keyLine(keys, 0);
        return line < 0 ? "" : ":" + (line + 1);
    }

    /** The line of the second writing of the path's last key (a key given twice), or "". */
    String lineOfSecond(List<String> keys) {
        int first = keyLine(keys, 0);
        int second = first < 0 ? -1 : keyLine(keys.subList(keys.size() - 1, keys.size()), first + 1);
        return second < 0 ? "" : ":" + (second + 1);
    }

    /** The 0-based line of the path's last key, each key looked for at or after its parent's line; -1 if none. */
    private int keyLine(List<String> keys, int from) {
        int line = from;
        for (String key : keys) {
            Pattern keyPattern = keyPattern(key);
            while (line < lines.size() && !keyPattern.matcher(lines.get(line)).find()) {
                line++;
            }
            if (line == lines.size()) {
                return -1;
            }
        }
        return line;
    }

    private static Pattern keyPattern(String key) {
        return Pattern.compile("(^|[\\s{,-])" + Pattern.quote(key) + "\\s*:");
    }
}
