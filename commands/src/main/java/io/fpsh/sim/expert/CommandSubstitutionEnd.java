package io.fpsh.sim.expert;

/**
 * Finds the {@code )} that closes a {@code $(}: parentheses nest, and quotes, backslashes and backquotes hide what
 * they hold, as bash reads the body before it parses it.
 */
final class CommandSubstitutionEnd {

    private CommandSubstitutionEnd() {}

    /** The index of the closing parenthesis of the body starting at {@code start} (just after {@code $(}). */
    static int of(String line, int start) throws ShellSyntaxException {
        int depth = 1;
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            switch (c) {
                case '\\' -> i += 2;
                case '\'' -> i = afterSingleQuote(line, i);
                case '`' -> i = afterBackquote(line, i);
                case '"' -> i = afterDoubleQuote(line, i);
                case '(' -> {
                    depth++;
                    i++;
                }
                case ')' -> {
                    if (--depth == 0) {
                        return i;
                    }
                    i++;
                }
                default -> i++;
            }
        }
        throw eof(")");
    }

    private static int afterSingleQuote(String line, int open) throws ShellSyntaxException {
        int end = line.indexOf('\'', open + 1);
        if (end < 0) {
            throw eof("'");
        }
        return end + 1;
    }

    private static int afterBackquote(String line, int open) throws ShellSyntaxException {
        for (int i = open + 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '`') {
                return i + 1;
            }
        }
        throw eof("`");
    }

    private static int afterDoubleQuote(String line, int open) throws ShellSyntaxException {
        int i = open + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            } else if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                i = afterBackquote(line, i);
            } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                i = of(line, i + 2) + 1;
            } else {
                i++;
            }
        }
        throw eof("\"");
    }

    private static ShellSyntaxException eof(String close) {
        return new ShellSyntaxException("unexpected EOF while looking for matching `" + close + "'");
    }
}
