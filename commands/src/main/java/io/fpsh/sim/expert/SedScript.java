package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A parsed sed script: commands {@code s p d q =} with optional addresses (a line number, {@code $}, {@code /re/},
 * a range {@code A,B}) and {@code !}. Anything else fails with GNU sed's {@code -e expression #1, char N} message.
 */
final class SedScript {

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** An address: a line number, the last line ({@code $}), or a regex. */
    record Address(long line, boolean last, Pattern regex) {}

    /** One command; {@code to} is null for a single address; {@code flags} of s: g, p, I, a number. */
    record Command(Address from, Address to, boolean negated, char name, Pattern regex, String replacement,
                   boolean global, boolean print, int occurrence) {}

    final List<Command> commands = new ArrayList<>();
    private final String text;
    private final boolean extended;
    private int pos;

    private SedScript(String text, boolean extended) {
        this.text = text;
        this.extended = extended;
    }

    static SedScript parse(String text, boolean extended) throws Invalid {
        SedScript script = new SedScript(Text.asBytes(text), extended);
        script.parseAll();
        return script;
    }

    private void parseAll() throws Invalid {
        while (true) {
            skip(" \t\n;");
            if (pos >= text.length()) {
                return;
            }
            Address from = address();
            Address to = null;
            if (from != null && peek() == ',') {
                pos++;
                to = address();
                if (to == null) {
                    throw error("unexpected `,'");
                }
            }
            skip(" \t");
            boolean negated = false;
            if (peek() == '!') {
                negated = true;
                pos++;
                skip(" \t");
            }
            if (pos >= text.length()) {
                throw error("missing command");
            }
            char name = text.charAt(pos++);
            switch (name) {
                case 'p', 'd', 'q', '=' -> commands.add(new Command(from, to, negated, name, null, null, false, false, 0));
                case 's' -> substitution(from, to, negated);
                default -> throw error("unknown command: `" + name + "'");
            }
            skip(" \t");
            if (pos < text.length() && ";\n}".indexOf(text.charAt(pos)) < 0) {
                throw error("extra characters after command");
            }
        }
    }

    private void substitution(Address from, Address to, boolean negated) throws Invalid {
        if (pos >= text.length()) {
            throw error("unterminated `s' command");
        }
        char delimiter = text.charAt(pos++);
        String regex = until(delimiter, "unterminated `s' command");
        String replacement = until(delimiter, "unterminated `s' command");
        boolean global = false;
        boolean print = false;
        boolean ignoreCase = false;
        int occurrence = 1;
        while (pos < text.length() && ";\n} \t".indexOf(text.charAt(pos)) < 0) {
            char flag = text.charAt(pos++);
            if (flag == 'g') {
                global = true;
            } else if (flag == 'p') {
                print = true;
            } else if (flag == 'I' || flag == 'i') {
                ignoreCase = true;
            } else if (Character.isDigit(flag)) {
                occurrence = flag - '0';
            } else {
                throw error("unknown option to `s'");
            }
        }
        commands.add(new Command(from, to, negated, 's', compile(regex, ignoreCase), replacement, global, print,
                occurrence));
    }

    /** Text up to an unescaped delimiter (a {@code \delimiter} becomes the delimiter itself). */
    private String until(char delimiter, String unterminated) throws Invalid {
        StringBuilder part = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == delimiter) {
                return part.toString();
            }
            if (c == '\\' && pos < text.length()) {
                char next = text.charAt(pos++);
                part.append(next == delimiter ? String.valueOf(next) : "\\" + next);
            } else {
                part.append(c);
            }
        }
        throw error(unterminated);
    }

    private Address address() throws Invalid {
        char c = peek();
        if (Character.isDigit(c)) {
            int start = pos;
            while (Character.isDigit(peek())) {
                pos++;
            }
            return new Address(Long.parseLong(text.substring(start, pos)), false, null);
        }
        if (c == '$') {
            pos++;
            return new Address(0, true, null);
        }
        if (c == '/') {
            pos++;
            String regex = until('/', "unterminated address regex");
            return new Address(0, false, compile(regex, false));
        }
        return null;
    }

    private Pattern compile(String regex, boolean ignoreCase) throws Invalid {
        try {
            return Pattern.compile(PosixRegex.toJava(regex, extended), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PosixRegex.InvalidPattern | java.util.regex.PatternSyntaxException e) {
            throw error(e instanceof PosixRegex.InvalidPattern ? e.getMessage() : "Invalid regular expression");
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skip(String characters) {
        while (pos < text.length() && characters.indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private Invalid error(String problem) {
        return new Invalid("-e expression #1, char " + pos + ": " + problem);
    }
}
