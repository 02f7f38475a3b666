package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts one command line into words and operators the way bash does for the simple cases: blanks separate words,
 * single quotes keep everything, double quotes keep all but {@code $}, backquotes and a few backslash escapes, a
 * backslash quotes the next character, {@code #} at the start of a word begins a comment. A command substitution,
 * {@code $(list)} or {@code `list`}, is parsed at once, as bash 5.2 does, so its syntax errors are the line's.
 */
final class Lexer {

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*|[?$#]|[0-9]+)";
    private static final Pattern PARAMETER = Pattern.compile(NAME);
    private static final Pattern LENGTH = Pattern.compile("#" + NAME);
    private static final Pattern OPERATOR = Pattern.compile(NAME + "(:?[-=+])(.*)", Pattern.DOTALL);

    private final String line;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Word.Part> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private boolean literalQuoted;
    private boolean inWord;

    private Lexer(String line) {
        this.line = line;
    }

    static List<Token> tokenize(String line) throws ShellSyntaxException {
        Lexer lexer = new Lexer(line);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws ShellSyntaxException {
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                endWord();
                pos++;
            } else if (c == '#' && !inWord) {
                return; // comment to end of line
            } else if (c == '\'') {
                singleQuoted();
            } else if (c == '"') {
                doubleQuoted();
            } else if (c == '\\') {
                inWord = true;
                if (pos + 1 < line.length()) {
                    appendLiteral(String.valueOf(line.charAt(pos + 1)), true);
                }
                pos += 2;
            } else if (c == '$') {
                dollar(false);
            } else if (c == '`') {
                backquoted(false);
            } else if (c == '>' || c == '<') {
                redirect(c);
            } else if (c == '|' || c == '&' || c == ';' || c == '(' || c == ')') {
                operator(c);
            } else {
                appendLiteral(String.valueOf(c), false);
                pos++;
            }
        }
        endWord();
    }

    private void singleQuoted() throws ShellSyntaxException {
        int close = line.indexOf('\'', pos + 1);
        if (close < 0) {
            throw new ShellSyntaxException("unexpected EOF while looking for matching `''");
        }
        inWord = true;
        appendLiteral(line.substring(pos + 1, close), true);
        pos = close + 1;
    }

    private void doubleQuoted() throws ShellSyntaxException {
        inWord = true;
        pos++;
        appendLiteral("", true); // "" is an (empty) word of its own
        while (pos < line.length()) {
            if (line.charAt(pos) == '"') {
                pos++;
                return;
            }
            quotedCharacter();
        }
        throw new ShellSyntaxException("unexpected EOF while looking for matching `\"'");
    }

    /** One character (or escape, or expansion) between double quotes. */
    private void quotedCharacter() throws ShellSyntaxException {
        char c = line.charAt(pos);
        if (c == '\\' && pos + 1 < line.length() && "$`\"\\".indexOf(line.charAt(pos + 1)) >= 0) {
            appendLiteral(String.valueOf(line.charAt(pos + 1)), true);
            pos += 2;
        } else if (c == '$') {
            dollar(true);
        } else if (c == '`') {
            backquoted(true);
        } else {
            appendLiteral(String.valueOf(c), true);
            pos++;
        }
    }

    /** {@code text} read as if it stood between double quotes: one word (a parameter's operand inside "..."). */
    private static Word quotedWord(String text) throws ShellSyntaxException {
        Lexer lexer = new Lexer(text);
        lexer.appendLiteral("", true);
        while (lexer.pos < text.length()) {
            lexer.quotedCharacter();
        }
        lexer.endWord();
        return ((Token.WordToken) lexer.tokens.get(0)).word();
    }

    /**
     * {@code $?}, {@code $$}, {@code $NAME}, {@code ${NAME}}, {@code $(list)}, {@code $((expression))}; a lone
     * {@code $} is literal.
     */
    private void dollar(boolean quoted) throws ShellSyntaxException {
        inWord = true;
        int next = pos + 1;
        if (next < line.length() && line.charAt(next) == '(') {
            int close = CommandSubstitutionEnd.of(line, next + 1);
            String body = line.substring(next + 1, close);
            if (body.startsWith("(") && body.endsWith(")")) {
                flushLiteral();
                parts.add(Word.Part.arithmetic(line.substring(pos, close + 1),
                        quotedWord(body.substring(1, body.length() - 1)), quoted));
            } else {
                addSubstitution(line.substring(pos, close + 1), body, quoted);
            }
            pos = close + 1;
        } else if (next < line.length() && (line.charAt(next) == '?' || line.charAt(next) == '$'
                || line.charAt(next) == '#' || Character.isDigit(line.charAt(next)))) {
            addVariable(String.valueOf(line.charAt(next)), quoted);
            pos = next + 1;
        } else if (next < line.length() && line.charAt(next) == '{' && line.indexOf('}', next) > next) {
            int close = closingBrace(next + 1);
            parameter(line.substring(pos, close + 1), line.substring(next + 1, close), quoted);
            pos = close + 1;
        } else if (next < line.length() && isNameStart(line.charAt(next))) {
            int end = next;
            while (end < line.length() && isNamePart(line.charAt(end))) {
                end++;
            }
            addVariable(line.substring(next, end), quoted);
            pos = end;
        } else {
            appendLiteral("$", quoted);
            pos++;
        }
    }

    /** The {@code }} closing a {@code ${}, nested braces and quotes skipped. */
    private int closingBrace(int start) throws ShellSyntaxException {
        int depth = 1;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = line.indexOf(c, i + 1);
                if (end < 0) {
                    break;
                }
                i = end;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new ShellSyntaxException("unexpected EOF while looking for matching `}'");
    }

    /**
     * {@code ${NAME}}, {@code ${#NAME}}, {@code ${NAME:-word}} (and {@code -}, {@code :=}, {@code =}, {@code :+},
     * {@code +}); anything else is bash's "bad substitution".
     */
    private void parameter(String source, String body, boolean quoted) throws ShellSyntaxException {
        Matcher plain = PARAMETER.matcher(body);
        Matcher length = LENGTH.matcher(body);
        Matcher operator = OPERATOR.matcher(body);
        if (plain.matches()) {
            addVariable(body, quoted);
            return;
        }
        flushLiteral();
        if (length.matches()) {
            parts.add(Word.Part.parameter(source, length.group(1), "#", List.of(), quoted));
        } else if (operator.matches()) {
            // inside double quotes the operand is quoted too; outside, its own quotes protect parts of it
            List<Word> operand = new ArrayList<>();
            if (quoted) {
                operand.add(quotedWord(operator.group(3)));
            } else {
                for (Token token : tokenize(operator.group(3))) {
                    if (!(token instanceof Token.WordToken word)) {
                        throw new ShellSyntaxException(source + ": bad substitution");
                    }
                    operand.add(word.word());
                }
            }
            parts.add(Word.Part.parameter(source, operator.group(1), operator.group(2), operand, quoted));
        } else {
            throw new ShellSyntaxException(source + ": bad substitution");
        }
    }

    /**
     * {@code `list`}: up to the next backquote not quoted by a backslash; inside, a backslash before {@code $},
     * {@code `} or {@code \} (and {@code "} between double quotes) only quotes that character.
     */
    private void backquoted(boolean quoted) throws ShellSyntaxException {
        inWord = true;
        StringBuilder body = new StringBuilder();
        int i = pos + 1;
        String escapable = quoted ? "$`\\\"" : "$`\\";
        while (i < line.length() && line.charAt(i) != '`') {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && escapable.indexOf(line.charAt(i + 1)) >= 0) {
                body.append(line.charAt(i + 1));
                i += 2;
            } else {
                body.append(c);
                i++;
            }
        }
        if (i >= line.length()) {
            throw new ShellSyntaxException("unexpected EOF while looking for matching ``'");
        }
        addSubstitution(line.substring(pos, i + 1), body.toString(), quoted);
        pos = i + 1;
    }

    private void addSubstitution(String source, String body, boolean quoted) throws ShellSyntaxException {
        ParsedLine list = Parser.parse(body);
        flushLiteral();
        parts.add(Word.Part.substitution(source, list, quoted));
    }

    private void redirect(char c) {
        int fd = c == '>' ? 1 : 0;
        // "2>" and "1>": a word made only of one unquoted digit right before the operator is its file descriptor
        if (inWord && parts.isEmpty() && !literalQuoted && literal.length() == 1
                && (literal.charAt(0) == '1' || literal.charAt(0) == '2')) {
            fd = literal.charAt(0) - '0';
            literal.setLength(0);
            inWord = false;
        } else {
            endWord();
        }
        String op;
        if (c == '>' && line.startsWith(">>", pos)) {
            op = ">>";
        } else if (c == '>' && line.startsWith(">&", pos)) {
            op = ">&";
        } else {
            op = String.valueOf(c);
        }
        pos += op.length();
        tokens.add(new Token.Redirect(fd, op));
    }

    private void operator(char c) {
        endWord();
        String two = pos + 1 < line.length() ? line.substring(pos, pos + 2) : "";
        String op;
        if (two.equals("||") || two.equals("&&") || two.equals(";;")) {
            op = two;
        } else if (two.equals("&>")) {
            // "&> file": both streams to the file
            pos += 2;
            tokens.add(new Token.Redirect(-1, ">"));
            return;
        } else {
            op = String.valueOf(c);
        }
        pos += op.length();
        tokens.add(new Token.Operator(op));
    }

    private void appendLiteral(String text, boolean quoted) {
        inWord = true;
        if (literal.length() > 0 && literalQuoted != quoted) {
            flushLiteral();
        }
        if (literal.length() == 0) {
            literalQuoted = quoted;
        }
        literal.append(text);
        if (text.isEmpty() && quoted) {
            parts.add(Word.Part.literal("", true));
        }
    }

    private void addVariable(String name, boolean quoted) {
        flushLiteral();
        parts.add(Word.Part.variable(name, quoted));
    }

    private void flushLiteral() {
        if (literal.length() > 0) {
            parts.add(Word.Part.literal(literal.toString(), literalQuoted));
            literal.setLength(0);
        }
    }

    private void endWord() {
        flushLiteral();
        if (inWord) {
            tokens.add(new Token.WordToken(new Word(parts)));
        }
        parts.clear();
        inWord = false;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c));
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
