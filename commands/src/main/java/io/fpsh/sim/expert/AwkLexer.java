package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/** Splits an awk program into tokens; a {@code /} starts a regex where an operand is expected. */
final class AwkLexer {

    enum Kind { NUMBER, STRING, REGEX, NAME, FUNC_NAME, SYMBOL, NEWLINE, END }

    record Token(Kind kind, String text, int offset) {
        boolean is(String symbol) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
        }
    }

    private static final String[] SYMBOLS = {"&&", "||", "==", "!=", "<=", ">=", "!~", "++", "--", "+=", "-=", "*=",
            "/=", "%=", "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "<", ">", "!", "~", "=", "$",
            "?", ":", "^"};

    private AwkLexer() {}

    static List<Token> tokens(String program) throws AwkProgram.Invalid {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < program.length()) {
            char c = program.charAt(i);
            if (c == ' ' || c == '\t' || c == '\\' && i + 1 < program.length() && program.charAt(i + 1) == '\n') {
                i += c == '\\' ? 2 : 1;
            } else if (c == '#') {
                while (i < program.length() && program.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\n') {
                tokens.add(new Token(Kind.NEWLINE, "\n", i++));
            } else if (Character.isDigit(c) || c == '.' && i + 1 < program.length() && Character.isDigit(program.charAt(i + 1))) {
                int start = i;
                while (i < program.length() && (Character.isDigit(program.charAt(i)) || program.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, program.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < program.length() && (Character.isLetterOrDigit(program.charAt(i)) || program.charAt(i) == '_')) {
                    i++;
                }
                boolean call = i < program.length() && program.charAt(i) == '(';
                tokens.add(new Token(call ? Kind.FUNC_NAME : Kind.NAME, program.substring(start, i), start));
            } else if (c == '"') {
                int start = i++;
                StringBuilder text = new StringBuilder();
                while (i < program.length() && program.charAt(i) != '"') {
                    char s = program.charAt(i++);
                    if (s == '\\' && i < program.length()) {
                        char e = program.charAt(i++);
                        text.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> e;
                        });
                    } else {
                        text.append(s);
                    }
                }
                if (i >= program.length()) {
                    throw new AwkProgram.Invalid("unterminated string", start);
                }
                i++;
                tokens.add(new Token(Kind.STRING, text.toString(), start));
            } else if (c == '/' && expectsOperand(tokens)) {
                int start = i++;
                StringBuilder text = new StringBuilder();
                while (i < program.length() && program.charAt(i) != '/') {
                    if (program.charAt(i) == '\\' && i + 1 < program.length() && program.charAt(i + 1) == '/') {
                        i++;
                    }
                    text.append(program.charAt(i++));
                }
                if (i >= program.length()) {
                    throw new AwkProgram.Invalid("unterminated regexp", start);
                }
                i++;
                tokens.add(new Token(Kind.REGEX, text.toString(), start));
            } else {
                String symbol = null;
                for (String candidate : SYMBOLS) {
                    if (program.startsWith(candidate, i)) {
                        symbol = candidate;
                        break;
                    }
                }
                if (symbol == null) {
                    throw new AwkProgram.Invalid("syntax error", i);
                }
                tokens.add(new Token(Kind.SYMBOL, symbol, i));
                i += symbol.length();
            }
        }
        tokens.add(new Token(Kind.END, "", program.length()));
        return tokens;
    }

    /** True where the previous token ends no operand, so that {@code /} begins a regex, not a division. */
    private static boolean expectsOperand(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        Token last = tokens.get(tokens.size() - 1);
        return switch (last.kind()) {
            case NUMBER, STRING, REGEX, NAME -> false;
            case SYMBOL -> !last.text().equals(")") && !last.text().equals("]") && !last.text().equals("++")
                    && !last.text().equals("--");
            default -> true;
        };
    }
}
