package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link ParsedLine} from tokens, with bash's syntax error messages. */
final class Parser {

    private final List<Token> tokens;
    private int pos;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static ParsedLine parse(String line) throws ShellSyntaxException {
        Parser parser = new Parser(Lexer.tokenize(line));
        ParsedLine parsed = parser.list(false);
        if (parser.pos < parser.tokens.size()) {
            throw unexpected(display(parser.tokens.get(parser.pos))); // a ')' with no '(' before it
        }
        return parsed;
    }

    /** An and-or list; inside a subshell it stops before the closing {@code )}. */
    private ParsedLine list(boolean inSubshell) throws ShellSyntaxException {
        List<ParsedLine.Step> steps = new ArrayList<>();
        String guard = ";";
        while (pos < tokens.size() && !(inSubshell && closes(tokens.get(pos)))) {
            steps.add(new ParsedLine.Step(guard, pipeline()));
            if (pos >= tokens.size() || closes(tokens.get(pos))) {
                break;
            }
            Token.Operator op = (Token.Operator) tokens.get(pos++);
            switch (op.text()) {
                case "&&", "||" -> {
                    guard = op.text();
                    if (pos >= tokens.size()) {
                        throw new ShellSyntaxException("syntax error: unexpected end of file");
                    }
                    if (closes(tokens.get(pos))) {
                        throw unexpected(")"); // "(a &&)": the list may not end on an operator that wants more
                    }
                }
                // a background job would print "[1] pid"; the simulation runs it in the foreground instead
                case ";", "&" -> guard = ";";
                default -> throw unexpected(op.text());
            }
        }
        return new ParsedLine(steps);
    }

    private static boolean closes(Token token) {
        return token instanceof Token.Operator op && op.text().equals(")");
    }

    private ParsedLine.Pipeline pipeline() throws ShellSyntaxException {
        ParsedLine.Timing timing = ParsedLine.Timing.NONE;
        if (isBareWord("time")) {
            pos++;
            timing = ParsedLine.Timing.BASH;
            if (isBareWord("-p")) {
                pos++;
                timing = ParsedLine.Timing.POSIX;
            }
            if (pos >= tokens.size() || endsPipeline(tokens.get(pos))) {
                return new ParsedLine.Pipeline(List.of(), timing); // "time" alone reports an empty pipeline
            }
        }
        List<ParsedLine.Command> commands = new ArrayList<>();
        commands.add(command());
        while (pos < tokens.size() && tokens.get(pos) instanceof Token.Operator op && op.text().equals("|")) {
            pos++;
            if (pos >= tokens.size()) {
                throw new ShellSyntaxException("syntax error: unexpected end of file");
            }
            commands.add(command());
        }
        return new ParsedLine.Pipeline(commands, timing);
    }

    /** Whether the next token is {@code text} written plainly, as a reserved word such as {@code time} must be. */
    private boolean isBareWord(String text) {
        return pos < tokens.size() && tokens.get(pos) instanceof Token.WordToken word
                && word.word().parts().size() == 1 && word.word().parts().get(0).isLiteral()
                && !word.word().parts().get(0).quoted() && word.word().parts().get(0).text().equals(text);
    }

    private static boolean endsPipeline(Token token) {
        return token instanceof Token.Operator op && !op.text().equals("(") && !op.text().equals("|");
    }

    private ParsedLine.Command command() throws ShellSyntaxException {
        if (pos < tokens.size() && tokens.get(pos) instanceof Token.Operator op && op.text().equals("(")) {
            return subshell();
        }
        List<Word> words = new ArrayList<>();
        List<ParsedLine.Redirection> redirections = new ArrayList<>();
        while (pos < tokens.size()) {
            Token token = tokens.get(pos);
            if (token instanceof Token.WordToken word) {
                words.add(word.word());
                pos++;
            } else if (token instanceof Token.Redirect) {
                redirections.add(redirection());
            } else {
                break;
            }
        }
        if (words.isEmpty() && redirections.isEmpty()) {
            throw unexpected(pos < tokens.size() ? display(tokens.get(pos)) : "newline");
        }
        return new ParsedLine.SimpleCommand(words, redirections);
    }

    /** {@code ( list )} with its redirections; a word after the {@code )} is bash's syntax error. */
    private ParsedLine.Subshell subshell() throws ShellSyntaxException {
        pos++; // the '('
        ParsedLine body = list(true);
        if (pos >= tokens.size()) {
            throw new ShellSyntaxException("syntax error: unexpected end of file");
        }
        if (body.steps().isEmpty()) {
            throw unexpected(")");
        }
        pos++; // the ')'
        List<ParsedLine.Redirection> redirections = new ArrayList<>();
        while (pos < tokens.size() && !(tokens.get(pos) instanceof Token.Operator)) {
            if (tokens.get(pos) instanceof Token.WordToken word) {
                throw unexpected(word.word().literalText());
            }
            redirections.add(redirection());
        }
        return new ParsedLine.Subshell(body, redirections);
    }

    private ParsedLine.Redirection redirection() throws ShellSyntaxException {
        Token.Redirect redirect = (Token.Redirect) tokens.get(pos++);
        if (pos >= tokens.size()) {
            throw unexpected("newline");
        }
        if (!(tokens.get(pos) instanceof Token.WordToken target)) {
            throw unexpected(display(tokens.get(pos)));
        }
        pos++;
        return new ParsedLine.Redirection(redirect.fd(), redirect.op(), target.word());
    }

    private static String display(Token token) {
        if (token instanceof Token.Operator op) {
            return op.text();
        }
        if (token instanceof Token.Redirect redirect) {
            return redirect.display();
        }
        return ((Token.WordToken) token).word().literalText();
    }

    private static ShellSyntaxException unexpected(String token) {
        return new ShellSyntaxException("syntax error near unexpected token `" + token + "'");
    }
}
