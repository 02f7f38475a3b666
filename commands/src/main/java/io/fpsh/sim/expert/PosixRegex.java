package io.fpsh.sim.expert;

/**
 * Translates POSIX basic (grep) and extended (grep -E) regular expressions, with the GNU extensions
 * ({@code \+ \? \| \< \> \w \s}), into java.util.regex syntax; invalid ones fail with GNU grep's message.
 */
final class PosixRegex {

    /** A pattern GNU grep would reject, with its message (without the {@code grep: } prefix). */
    static final class InvalidPattern extends Exception {
        InvalidPattern(String message) {
            super(message, null, false, false);
        }
    }

    private final String pattern;
    private final boolean extended;
    private final StringBuilder java = new StringBuilder();
    private int pos;
    private int openGroups;

    private PosixRegex(String pattern, boolean extended) {
        this.pattern = pattern;
        this.extended = extended;
    }

    static String toJava(String pattern, boolean extended) throws InvalidPattern {
        PosixRegex translator = new PosixRegex(pattern, extended);
        translator.translate();
        return translator.java.toString();
    }

    private void translate() throws InvalidPattern {
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            if (c == '\\') {
                escape();
            } else if (c == '[') {
                bracket();
            } else {
                plain(c);
                pos++;
            }
        }
        if (openGroups > 0) {
            throw new InvalidPattern("Unmatched ( or \\(");
        }
    }

    /** True where a {@code *} has nothing to repeat and is therefore literal. */
    private boolean atExpressionStart() {
        String done = java.toString();
        return done.isEmpty() || done.endsWith("(?:") || done.endsWith("(") || done.endsWith("|")
                || done.equals("^");
    }

    private void plain(char c) throws InvalidPattern {
        switch (c) {
            case '.' -> java.append('.');
            case '*' -> java.append(atExpressionStart() ? "\\*" : "*");
            case '^' -> java.append(extended || pos == 0 ? "^" : "\\^");
            case '$' -> java.append(extended || pos == pattern.length() - 1 ? "$" : "\\$");
            case '(', ')', '|', '+', '?', '{' -> {
                if (extended) {
                    special(c);
                } else {
                    literal(c);
                }
            }
            default -> literal(c);
        }
    }

    /** ERE operators, and BRE ones reached through a backslash. */
    private void special(char c) throws InvalidPattern {
        switch (c) {
            case '(' -> {
                openGroups++;
                java.append('(');
            }
            case ')' -> {
                if (openGroups == 0) {
                    if (!extended) {
                        throw new InvalidPattern("Unmatched ) or \\)");
                    }
                    literal(')'); // GNU ERE takes a lone ')' literally
                    return;
                }
                openGroups--;
                java.append(')');
            }
            case '|' -> java.append('|');
            case '+', '?' -> java.append(atExpressionStart() ? "\\" + c : String.valueOf(c));
            case '{' -> interval();
            default -> literal(c);
        }
    }

    /** {@code {n}}, {@code {n,}}, {@code {n,m}} (in BRE {@code \{...\}}); an ERE brace that starts none is literal. */
    private void interval() throws InvalidPattern {
        String close = extended ? "}" : "\\}";
        int end = pattern.indexOf(close, pos + 1);
        String body = end < 0 ? null : pattern.substring(pos + 1, end);
        if (body == null || !body.matches("\\d+(,\\d*)?|,\\d+")) {
            if (extended) {
                literal('{');
                return;
            }
            throw new InvalidPattern(end < 0 ? "Unmatched \\{" : "Invalid content of \\{\\}");
        }
        java.append('{').append(body.startsWith(",") ? "0" + body : body).append('}');
        pos = end + close.length() - 1;
    }

    private void escape() throws InvalidPattern {
        if (pos + 1 >= pattern.length()) {
            throw new InvalidPattern("Trailing backslash");
        }
        char c = pattern.charAt(pos + 1);
        pos++;
        if (!extended && "()|+?{".indexOf(c) >= 0) {
            special(c);
        } else if (c == '}' && !extended) {
            throw new InvalidPattern("Unmatched \\{");
        } else if (c == '<') {
            java.append("\\b(?=\\w)");
        } else if (c == '>') {
            java.append("\\b(?<=\\w)");
        } else if ("wWsSbB".indexOf(c) >= 0 || (c >= '1' && c <= '9')) {
            java.append('\\').append(c);
        } else {
            literal(c);
        }
        pos++;
    }

    private void bracket() throws InvalidPattern {
        int i = pos + 1;
        StringBuilder set = new StringBuilder("[");
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            set.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= pattern.length()) {
                throw new InvalidPattern("Unmatched [, [^, [:, [., or [=");
            }
            char c = pattern.charAt(i);
            if (c == ']' && !first) {
                break;
            }
            first = false;
            if (c == '[' && i + 1 < pattern.length() && pattern.charAt(i + 1) == ':') {
                int end = pattern.indexOf(":]", i + 2);
                if (end < 0) {
                    throw new InvalidPattern("Unmatched [, [^, [:, [., or [=");
                }
                set.append(characterClass(pattern.substring(i + 2, end)));
                i = end + 2;
                continue;
            }
            if (c == '\\' || c == '[' || c == '&' || c == ']' || (c == '^' && set.length() > 1)) {
                set.append('\\');
            }
            set.append(c);
            i++;
        }
        java.append(set).append(']');
        pos = i + 1;
    }

    private static String characterClass(String name) throws InvalidPattern {
        return switch (name) {
            case "alpha" -> "\\p{Alpha}";
            case "digit" -> "\\p{Digit}";
            case "alnum" -> "\\p{Alnum}";
            case "upper" -> "\\p{Upper}";
            case "lower" -> "\\p{Lower}";
            case "space" -> "\\s\\x0B";
            case "blank" -> " \\t";
            case "punct" -> "\\p{Punct}";
            case "print" -> "\\p{Print}";
            case "graph" -> "\\p{Graph}";
            case "cntrl" -> "\\p{Cntrl}";
            case "xdigit" -> "\\p{XDigit}";
            default -> throw new InvalidPattern("Invalid character class name");
        };
    }

    private void literal(char c) {
        if (Character.isLetterOrDigit(c) || c == ' ') {
            java.append(c);
        } else {
            java.append('\\').append(c);
        }
    }
}
