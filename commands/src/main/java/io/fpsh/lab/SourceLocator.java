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
        Pattern keyPattern = Pattern.compile("(^|[\\s{,-])" + Pattern.quote(key) + "\\s*:");
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
}
