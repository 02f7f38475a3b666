package io.fpsh.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code -c} argument into lines at {@code ;}, as bash would: not inside quotes, not after a backslash, not
 * inside parentheses ({@code $(a; b)}, {@code (a; b)}) or backquotes.
 */
public final class CommandSplitter {
    private CommandSplitter() {}

    /** The lines, stripped, blank ones left out. Quotes and backslashes stay in the lines: the device reads them. */
    public static List<String> split(String commands) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        int depth = 0;
        boolean backquoted = false;
        for (int i = 0; i < commands.length(); i++) {
            char c = commands.charAt(i);
            if (quote == 0 && depth == 0 && !backquoted && c == ';') {
                addIfNotBlank(lines, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
            if (c == '\\' && quote != '\'' && i + 1 < commands.length()) {
                current.append(commands.charAt(++i));
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote == 0 && c == '(') {
                depth++;
            } else if (quote == 0 && c == ')' && depth > 0) {
                depth--;
            } else if (quote != '\'' && c == '`') {
                backquoted = !backquoted;
            } else if (c == quote) {
                quote = 0;
            }
        }
        addIfNotBlank(lines, current);
        return lines;
    }

    private static void addIfNotBlank(List<String> lines, StringBuilder line) {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
    }
}
