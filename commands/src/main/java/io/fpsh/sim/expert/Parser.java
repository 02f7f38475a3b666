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
        return new Parser(Lexer.tokenize(line)).line();
    }

    private ParsedLine line() throws ShellSyntaxException {
        List<ParsedLine.Step> steps = new ArrayList<>();
        String guard = ";";
        while (pos < tokens.size()) {
            steps.add(new ParsedLine.Step(guard, pipeline()));
            if (pos >= tokens.size()) {
                break;
            }
            Token.Operator op = (Token.Operator) tokens.get(pos++);
            switch (op.text()) {
                case "&&", "||" -> {
                    guard = op.text();
                    if (pos >= tokens.size()) {
                        throw new ShellSyntaxException("syntax error: unexpected end of file");
                    }
                }
                // a background job would print "[1] pid"; the simulation runs it in the foreground instead
                case ";", "&" -> guard = ";";
                default -> throw unexpected(op.text());
            }
        }
        return new ParsedLine(steps);
    }

    private ParsedLine.Pipeline pipeline() throws ShellSyntaxException {
        List<ParsedLine.SimpleCommand> commands = new ArrayList<>();
        commands.add(command());
        while (pos < tokens.size() && tokens.get(pos) instanceof Token.Operator op && op.text().equals("|")) {
            pos++;
            if (pos >= tokens.size()) {
                throw new ShellSyntaxException("syntax error: unexpected end of file");
            }
            commands.add(command());
        }
        return new ParsedLine.Pipeline(commands);
    }

    private ParsedLine.SimpleCommand command() throws ShellSyntaxException {
        List<Word> words = new ArrayList<>();
        List<ParsedLine.Redirection> redirections = new ArrayList<>();
        while (pos < tokens.size()) {
            Token token = tokens.get(pos);
            if (token instanceof Token.WordToken word) {
                words.add(word.word());
                pos++;
            } else if (token instanceof Token.Redirect redirect) {
                pos++;
                if (pos >= tokens.size()) {
                    throw unexpected("newline");
                }
                if (!(tokens.get(pos) instanceof Token.WordToken target)) {
                    throw unexpected(display(tokens.get(pos)));
                }
                pos++;
                redirections.add(new ParsedLine.Redirection(redirect.fd(), redirect.op(), target.word()));
            } else {
                break;
            }
        }
        if (words.isEmpty() && redirections.isEmpty()) {
            throw unexpected(pos < tokens.size() ? display(tokens.get(pos)) : "newline");
        }
        return new ParsedLine.SimpleCommand(words, redirections);
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
