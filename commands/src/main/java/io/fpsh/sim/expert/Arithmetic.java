package io.fpsh.sim.expert;

import java.util.function.Function;

/**
 * bash's {@code $((expression))} on 64-bit integers: numbers (decimal, {@code 0x} hexadecimal, leading-zero octal),
 * variable names (an unset or empty one is 0), unary {@code + - ! ~}, {@code **}, {@code * / %}, {@code + -},
 * shifts, comparisons, bit operations, {@code && ||} and parentheses, with bash's error messages.
 */
final class Arithmetic {

    /** An expression bash refuses; the message is bash's, without {@code -bash: }. */
    static final class ArithmeticException extends RuntimeException {
        ArithmeticException(String message) {
            super(message);
        }
    }

    /** Binary operators from the loosest to the tightest binding. */
    private static final String[][] LEVELS = {
            {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"<<", ">>"}, {"+", "-"},
            {"*", "/", "%"}};

    /** How deep variables may refer to variables ({@code A=B; B=A}) and parentheses nest, as bash limits it. */
    private static final int MAX_DEPTH = 1024;

    private final String expression;
    private final Function<String, String> variables;
    private final int depth;
    private int pos;
    private int nesting;
    /** Where the last operator began: the error token when an operand is missing at the end. */
    private int lastOperator;

    private Arithmetic(String expression, Function<String, String> variables, int depth) {
        this.expression = expression;
        this.variables = variables;
        this.depth = depth;
    }

    /** The value of {@code expression}; {@code variables} gives a name's value, or null when unset. */
    static long evaluate(String expression, Function<String, String> variables) {
        return evaluate(expression, variables, 0);
    }

    private static long evaluate(String expression, Function<String, String> variables, int depth) {
        Arithmetic arithmetic = new Arithmetic(expression, variables, depth);
        if (depth > MAX_DEPTH) {
            throw arithmetic.error("expression recursion level exceeded");
        }
        arithmetic.skipBlanks();
        if (arithmetic.pos == expression.length()) {
            return 0; // $(( )) is 0
        }
        long value = arithmetic.binary(0);
        if (arithmetic.pos < expression.length()) {
            throw arithmetic.error("syntax error in expression");
        }
        return value;
    }

    private long binary(int level) {
        if (level == LEVELS.length) {
            return power();
        }
        long left = binary(level + 1);
        for (String operator = operator(LEVELS[level]); operator != null; operator = operator(LEVELS[level])) {
            int at = pos;
            long right = binary(level + 1);
            left = apply(operator, left, right, at);
        }
        return left;
    }

    private long power() {
        long base = unary();
        if (operator(new String[] {"**"}) != null) {
            long exponent = power();
            if (exponent < 0) {
                throw error("exponent less than 0");
            }
            long result = 1; // by squaring: a huge exponent takes 64 steps, and overflows wrap as bash's do
            for (long factor = base, rest = exponent; rest > 0; rest >>= 1, factor *= factor) {
                if ((rest & 1) == 1) {
                    result *= factor;
                }
            }
            return result;
        }
        return base;
    }

    private long unary() {
        skipBlanks();
        if (pos < expression.length()) {
            char c = expression.charAt(pos);
            if ((c == '-' || c == '+') && !expression.startsWith(String.valueOf(c) + c, pos)) {
                pos++;
                long value = unary();
                return c == '-' ? -value : value;
            }
            if (c == '!' && !expression.startsWith("!=", pos)) {
                pos++;
                return unary() == 0 ? 1 : 0;
            }
            if (c == '~') {
                pos++;
                return ~unary();
            }
        }
        return operand();
    }

    private long operand() {
        skipBlanks();
        if (pos >= expression.length()) {
            throw error("syntax error: operand expected");
        }
        char c = expression.charAt(pos);
        if (c == '(') {
            pos++;
            if (++nesting > MAX_DEPTH) {
                throw error("expression recursion level exceeded");
            }
            long value = binary(0);
            nesting--;
            skipBlanks();
            if (pos >= expression.length() || expression.charAt(pos) != ')') {
                throw error("missing `)'");
            }
            pos++;
            return value;
        }
        int start = pos;
        if (Character.isDigit(c)) {
            while (pos < expression.length() && Character.isLetterOrDigit(expression.charAt(pos))) {
                pos++;
            }
            return number(expression.substring(start, pos), start);
        }
        if (c == '_' || Character.isLetter(c)) {
            while (pos < expression.length()
                    && (expression.charAt(pos) == '_' || Character.isLetterOrDigit(expression.charAt(pos)))) {
                pos++;
            }
            String value = variables.apply(expression.substring(start, pos));
            return value == null || value.isBlank() ? 0 : evaluate(value, variables, depth + 1);
        }
        throw error("syntax error: operand expected");
    }

    private long number(String text, int start) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Long.parseLong(text.substring(2), 16);
            }
            return text.length() > 1 && text.startsWith("0") ? Long.parseLong(text, 8) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("value too great for base");
        }
    }

    private long apply(String operator, long left, long right, int at) {
        return switch (operator) {
            case "||" -> left != 0 || right != 0 ? 1 : 0;
            case "&&" -> left != 0 && right != 0 ? 1 : 0;
            case "|" -> left | right;
            case "^" -> left ^ right;
            case "&" -> left & right;
            case "==" -> left == right ? 1 : 0;
            case "!=" -> left != right ? 1 : 0;
            case "<=" -> left <= right ? 1 : 0;
            case ">=" -> left >= right ? 1 : 0;
            case "<" -> left < right ? 1 : 0;
            case ">" -> left > right ? 1 : 0;
            case "<<" -> left << right;
            case ">>" -> left >> right;
            case "+" -> left + right;
            case "-" -> left - right;
            case "*" -> left * right;
            default -> { // "/" and "%"
                if (right == 0) {
                    pos = at;
                    skipBlanks();
                    throw error("division by 0");
                }
                yield operator.equals("/") ? left / right : left % right;
            }
        };
    }

    /** The operator of {@code candidates} at the position, consumed, or null; a longer operator is not cut short. */
    private String operator(String[] candidates) {
        skipBlanks();
        for (String candidate : candidates) {
            if (expression.startsWith(candidate, pos) && !longerOperatorAt(candidate)) {
                lastOperator = pos;
                pos += candidate.length();
                return candidate;
            }
        }
        return null;
    }

    private boolean longerOperatorAt(String operator) {
        String next = pos + operator.length() < expression.length()
                ? operator + expression.charAt(pos + operator.length()) : "";
        return switch (operator) {
            case "|", "&", "*", "<", ">" -> next.equals(operator + operator.charAt(0)) || next.equals(operator + "=");
            default -> false;
        };
    }

    private void skipBlanks() {
        while (pos < expression.length() && Character.isWhitespace(expression.charAt(pos))) {
            pos++;
        }
    }

    private ArithmeticException error(String problem) {
        int at = pos >= expression.length() ? lastOperator : pos;
        String token = expression.substring(Math.min(at, expression.length())).strip();
        return new ArithmeticException(expression + ": " + problem + " (error token is \"" + token + "\")");
    }
}
