package io.fpsh.tools.curl;

import java.util.Map;

/** curl's -w/--write-out template: %{variable}, %% and the backslash escapes \n \r \t \\. */
final class WriteOut {

    private WriteOut() {}

    /** Unknown variables are reported through {@code unknown} (curl warns on stderr and prints nothing for them). */
    static String render(String template, Map<String, String> variables, java.util.function.Consumer<String> unknown) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char next = template.charAt(i + 1);
                if (next == '%') {
                    out.append('%');
                    i++;
                    continue;
                }
                if (next == '{') {
                    int end = template.indexOf('}', i + 2);
                    if (end > 0) {
                        String name = template.substring(i + 2, end);
                        String value = variables.get(name);
                        if (value == null) unknown.accept(name); else out.append(value);
                        i = end;
                        continue;
                    }
                }
                out.append(c);
            } else if (c == '\\' && i + 1 < template.length()) {
                char next = template.charAt(i + 1);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case '\\' -> out.append('\\');
                    default -> out.append(c).append(next);
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
