package io.fpsh.sim.expert;

import io.fpsh.sim.expert.AwkLexer.Kind;
import io.fpsh.sim.expert.AwkLexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed awk program, the subset engineers type: BEGIN/END, patterns (expressions, {@code /re/}, ranges), print,
 * printf, if/else, while, for (both forms), next, exit, delete, assignments, arrays, fields ({@code $N}, {@code NF}),
 * the usual operators and the string functions length, substr, index, split, sub, gsub, tolower, toupper, sprintf,
 * int. The rest (getline, user functions, output redirection) is refused as a syntax error.
 */
final class AwkProgram {

    /** A program awk would not run, with where it failed (an offset in the program text). */
    static final class Invalid extends Exception {
        final int offset;

        Invalid(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    interface Expr {
        Object eval(AwkRun run);
    }

    /** An assignable place: a variable, an array element or a field. */
    interface Place extends Expr {
        void set(AwkRun run, Object value);
    }

    interface Stmt {
        void exec(AwkRun run);
    }

    /** {@code /re/}: alone it matches $0; after ~ or as sub's first argument it is the pattern itself. */
    record RegexLiteral(String regex) implements Expr {
        @Override
        public Object eval(AwkRun run) {
            return run.regexOf(this).matcher(run.record()).find() ? 1.0 : 0.0;
        }
    }

    /** A variable by name; split() and for-in take its name as an array's. */
    record Variable(String name) implements Place {
        @Override
        public Object eval(AwkRun run) {
            return run.variable(name);
        }

        @Override
        public void set(AwkRun run, Object value) {
            run.setVariable(name, value);
        }
    }

    /** One pattern-action pair; {@code until} is the end of a range pattern, {@code action} null prints $0. */
    record Rule(Expr pattern, Expr until, Stmt action) {}

    final List<Stmt> begin = new ArrayList<>();
    final List<Stmt> end = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();

    private final List<Token> tokens;
    private int pos;

    private AwkProgram(List<Token> tokens) {
        this.tokens = tokens;
    }

    static AwkProgram parse(String text) throws Invalid {
        AwkProgram program = new AwkProgram(AwkLexer.tokens(text));
        program.items();
        return program;
    }

    // ---- items and statements

    private void items() throws Invalid {
        while (true) {
            skipTerminators();
            if (peek().kind() == Kind.END) {
                return;
            }
            if (peek().is("BEGIN")) {
                pos++;
                begin.add(block());
            } else if (peek().is("END")) {
                pos++;
                end.add(block());
            } else if (peek().is("{")) {
                rules.add(new Rule(null, null, block()));
            } else if (peek().is("function")) {
                throw fail();
            } else {
                Expr pattern = expression(false);
                Expr until = null;
                if (peek().is(",")) {
                    pos++;
                    until = expression(false);
                }
                rules.add(new Rule(pattern, until, peek().is("{") ? block() : null));
            }
        }
    }

    private Stmt block() throws Invalid {
        expect("{");
        List<Stmt> body = new ArrayList<>();
        while (true) {
            skipTerminators();
            if (peek().is("}")) {
                pos++;
                return run -> body.forEach(s -> s.exec(run));
            }
            body.add(statement());
        }
    }

    private Stmt statement() throws Invalid {
        Token t = peek();
        if (t.is("{")) {
            return block();
        }
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "print", "printf" -> {
                    pos++;
                    return print(t.text().equals("printf"));
                }
                case "if" -> {
                    pos++;
                    Expr condition = parenthesised();
                    Stmt then = bodyStatement();
                    int mark = pos;
                    skipTerminators();
                    if (peek().is("else")) {
                        pos++;
                        Stmt otherwise = bodyStatement();
                        return run -> (AwkValues.truth(condition.eval(run)) ? then : otherwise).exec(run);
                    }
                    pos = mark;
                    return run -> {
                        if (AwkValues.truth(condition.eval(run))) {
                            then.exec(run);
                        }
                    };
                }
                case "while" -> {
                    pos++;
                    Expr condition = parenthesised();
                    Stmt body = bodyStatement();
                    return run -> {
                        while (AwkValues.truth(condition.eval(run))) {
                            run.tick();
                            body.exec(run);
                        }
                    };
                }
                case "for" -> {
                    pos++;
                    return forLoop();
                }
                case "next" -> {
                    pos++;
                    return run -> {
                        throw new AwkRun.Next();
                    };
                }
                case "exit" -> {
                    pos++;
                    Expr status = endsStatement() ? null : expression(false);
                    return run -> {
                        throw new AwkRun.Exit(status == null ? run.exitStatus : (int) AwkValues.number(status.eval(run)));
                    };
                }
                case "delete" -> {
                    pos++;
                    String name = name();
                    if (!peek().is("[")) {
                        return run -> run.array(name).clear();
                    }
                    Expr key = subscript();
                    return run -> run.array(name).remove(AwkValues.string(key.eval(run)));
                }
                case "getline", "function", "return", "do", "break", "continue" -> throw fail();
                default -> { }
            }
        }
        Expr expr = expression(false);
        return expr::eval;
    }

    private Stmt bodyStatement() throws Invalid {
        while (peek().kind() == Kind.NEWLINE) {
            pos++;
        }
        if (peek().is(";")) {
            pos++;
            return run -> { };
        }
        return statement();
    }

    private Stmt forLoop() throws Invalid {
        expect("(");
        if (peek().kind() == Kind.NAME && tokens.get(pos + 1).is("in")) {
            String variable = name();
            pos++;
            String array = name();
            expect(")");
            Stmt body = bodyStatement();
            return run -> {
                for (String key : new ArrayList<>(run.array(array).keySet())) {
                    run.setVariable(variable, key);
                    body.exec(run);
                }
            };
        }
        Expr init = peek().is(";") ? null : expression(false);
        expect(";");
        Expr condition = peek().is(";") ? null : expression(false);
        expect(";");
        Expr step = peek().is(")") ? null : expression(false);
        expect(")");
        Stmt body = bodyStatement();
        return run -> {
            if (init != null) {
                init.eval(run);
            }
            while (condition == null || AwkValues.truth(condition.eval(run))) {
                run.tick();
                body.exec(run);
                if (step != null) {
                    step.eval(run);
                }
            }
        };
    }

    private Stmt print(boolean formatted) throws Invalid {
        List<Expr> args = new ArrayList<>();
        boolean grouped = peek().is("(") && groupedPrintArguments();
        if (grouped) {
            pos++;
        }
        if (!endsStatement() && !(grouped && peek().is(")"))) {
            args.add(expression(!grouped));
            while (peek().is(",")) {
                pos++;
                skipNewlines();
                args.add(expression(!grouped));
            }
        }
        if (grouped) {
            expect(")");
        }
        if (peek().is(">") || peek().is("|")) {
            throw fail(); // output redirection is not simulated
        }
        if (formatted && args.isEmpty()) {
            throw fail();
        }
        return run -> {
            List<Object> values = new ArrayList<>();
            for (Expr arg : args) {
                values.add(arg.eval(run));
            }
            if (formatted) {
                run.write(AwkValues.printf(AwkValues.string(values.get(0)), values.subList(1, values.size())));
            } else if (values.isEmpty()) {
                run.write(run.record() + run.ors());
            } else {
                List<String> texts = values.stream().map(run::outputString).toList();
                run.write(String.join(run.ofs(), texts) + run.ors());
            }
        };
    }

    /** True when {@code print (}...{@code )} wraps the whole list: the matching parenthesis ends the statement. */
    private boolean groupedPrintArguments() {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")") && --depth == 0) {
                Token after = tokens.get(i + 1);
                return after.kind() == Kind.NEWLINE || after.kind() == Kind.END || after.is(";") || after.is("}")
                        || after.is(">") || after.is("|");
            }
        }
        return false;
    }

    // ---- expressions, lowest precedence first

    private Expr expression(boolean noGreater) throws Invalid {
        Expr left = ternary(noGreater);
        Token t = peek();
        if (left instanceof Place place && t.kind() == Kind.SYMBOL
                && List.of("=", "+=", "-=", "*=", "/=", "%=").contains(t.text())) {
            pos++;
            skipNewlines();
            Expr right = expression(noGreater);
            String op = t.text();
            return run -> {
                Object value = op.equals("=") ? right.eval(run)
                        : arithmetic(op.charAt(0), AwkValues.number(place.eval(run)), AwkValues.number(right.eval(run)));
                if (value instanceof AwkValues.Field f) {
                    value = f; // a field copied keeps its strnum nature, as in awk
                }
                place.set(run, value);
                return value;
            };
        }
        return left;
    }

    private Expr ternary(boolean noGreater) throws Invalid {
        Expr condition = or(noGreater);
        if (!peek().is("?")) {
            return condition;
        }
        pos++;
        Expr yes = ternary(noGreater);
        expect(":");
        Expr no = ternary(noGreater);
        return run -> AwkValues.truth(condition.eval(run)) ? yes.eval(run) : no.eval(run);
    }

    private Expr or(boolean noGreater) throws Invalid {
        Expr left = and(noGreater);
        while (peek().is("||")) {
            pos++;
            skipNewlines();
            Expr l = left;
            Expr r = and(noGreater);
            left = run -> AwkValues.truth(l.eval(run)) || AwkValues.truth(r.eval(run)) ? 1.0 : 0.0;
        }
        return left;
    }

    private Expr and(boolean noGreater) throws Invalid {
        Expr left = in(noGreater);
        while (peek().is("&&")) {
            pos++;
            skipNewlines();
            Expr l = left;
            Expr r = in(noGreater);
            left = run -> AwkValues.truth(l.eval(run)) && AwkValues.truth(r.eval(run)) ? 1.0 : 0.0;
        }
        return left;
    }

    private Expr in(boolean noGreater) throws Invalid {
        Expr left = match(noGreater);
        while (peek().is("in")) {
            pos++;
            String array = name();
            Expr key = left;
            left = run -> run.array(array).containsKey(AwkValues.string(key.eval(run))) ? 1.0 : 0.0;
        }
        return left;
    }

    private Expr match(boolean noGreater) throws Invalid {
        Expr left = comparison(noGreater);
        while (peek().is("~") || peek().is("!~")) {
            boolean negated = next().text().equals("!~");
            Expr l = left;
            Expr regex = comparison(noGreater);
            left = run -> run.regexOf(regex).matcher(AwkValues.string(l.eval(run))).find() != negated ? 1.0 : 0.0;
        }
        return left;
    }

    private Expr comparison(boolean noGreater) throws Invalid {
        Expr left = concatenation();
        Token t = peek();
        if (t.kind() == Kind.SYMBOL && List.of("<", "<=", "==", "!=", ">", ">=").contains(t.text())
                && !(noGreater && t.text().equals(">"))) {
            pos++;
            Expr right = concatenation();
            String op = t.text();
            return run -> {
                int c = AwkValues.compare(left.eval(run), right.eval(run));
                boolean result = switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case "==" -> c == 0;
                    case "!=" -> c != 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                };
                return result ? 1.0 : 0.0;
            };
        }
        return left;
    }

    private Expr concatenation() throws Invalid {
        Expr left = additive();
        while (startsOperand(peek())) {
            Expr l = left;
            Expr r = additive();
            left = run -> AwkValues.string(l.eval(run)) + AwkValues.string(r.eval(run));
        }
        return left;
    }

    private static boolean startsOperand(Token t) {
        return switch (t.kind()) {
            case NUMBER, STRING, FUNC_NAME -> true;
            case NAME -> !List.of("in", "getline").contains(t.text());
            case SYMBOL -> t.is("$") || t.is("(") || t.is("!") || t.is("++") || t.is("--") || t.is("-");
            default -> false;
        };
    }

    private Expr additive() throws Invalid {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            char op = next().text().charAt(0);
            Expr l = left;
            Expr r = multiplicative();
            left = run -> arithmetic(op, AwkValues.number(l.eval(run)), AwkValues.number(r.eval(run)));
        }
        return left;
    }

    private Expr multiplicative() throws Invalid {
        Expr left = unary();
        while (peek().is("*") || peek().is("/") || peek().is("%")) {
            char op = next().text().charAt(0);
            Expr l = left;
            Expr r = unary();
            left = run -> arithmetic(op, AwkValues.number(l.eval(run)), AwkValues.number(r.eval(run)));
        }
        return left;
    }

    private Expr unary() throws Invalid {
        if (peek().is("!")) {
            pos++;
            Expr operand = unary();
            return run -> AwkValues.truth(operand.eval(run)) ? 0.0 : 1.0;
        }
        if (peek().is("-") || peek().is("+")) {
            boolean negate = next().text().equals("-");
            Expr operand = unary();
            return run -> negate ? -AwkValues.number(operand.eval(run)) : AwkValues.number(operand.eval(run));
        }
        return power();
    }

    private Expr power() throws Invalid {
        Expr base = postfix();
        if (peek().is("^")) {
            pos++;
            Expr exponent = unary();
            return run -> Math.pow(AwkValues.number(base.eval(run)), AwkValues.number(exponent.eval(run)));
        }
        return base;
    }

    private Expr postfix() throws Invalid {
        Expr operand = primary();
        if (operand instanceof Place place && (peek().is("++") || peek().is("--"))) {
            double step = next().text().equals("++") ? 1 : -1;
            return run -> {
                double before = AwkValues.number(place.eval(run));
                place.set(run, before + step);
                return before;
            };
        }
        return operand;
    }

    private Expr primary() throws Invalid {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                double value = Double.parseDouble(t.text());
                return run -> value;
            }
            case STRING -> {
                String text = t.text();
                return run -> text;
            }
            case REGEX -> {
                return new RegexLiteral(t.text());
            }
            case FUNC_NAME -> {
                return AwkFunctions.call(t.text(), arguments(), t.offset());
            }
            case NAME -> {
                if (t.text().equals("length")) {
                    return run -> (double) run.record().length();
                }
                if (List.of("BEGIN", "END", "function", "getline", "if", "else", "while", "for", "print", "printf",
                        "next", "exit", "delete", "in").contains(t.text())) {
                    pos--;
                    throw fail();
                }
                String name = t.text();
                if (peek().is("[")) {
                    Expr key = subscript();
                    return new Place() {
                        @Override public Object eval(AwkRun run) { return run.array(name).get(AwkValues.string(key.eval(run))); }
                        @Override public void set(AwkRun run, Object value) { run.array(name).put(AwkValues.string(key.eval(run)), value); }
                    };
                }
                return new Variable(name);
            }
            case SYMBOL -> {
                if (t.is("$")) {
                    Expr index = postfixlessPrimary();
                    return new Place() {
                        @Override public Object eval(AwkRun run) { return run.field((int) AwkValues.number(index.eval(run))); }
                        @Override public void set(AwkRun run, Object value) { run.setField((int) AwkValues.number(index.eval(run)), value); }
                    };
                }
                if (t.is("(")) {
                    Expr inner = expression(false);
                    expect(")");
                    return run -> inner.eval(run);
                }
                if (t.is("++") || t.is("--")) {
                    double step = t.is("++") ? 1 : -1;
                    if (!(primary() instanceof Place place)) {
                        throw fail();
                    }
                    return run -> {
                        double after = AwkValues.number(place.eval(run)) + step;
                        place.set(run, after);
                        return after;
                    };
                }
                if (t.is("-")) {
                    Expr operand = primary();
                    return run -> -AwkValues.number(operand.eval(run));
                }
            }
            default -> { }
        }
        pos--;
        throw fail();
    }

    /** What follows {@code $}: a number, a name or a parenthesised expression (not {@code $i++}, which is ($i)++). */
    private Expr postfixlessPrimary() throws Invalid {
        return primary();
    }

    private List<Expr> arguments() throws Invalid {
        expect("(");
        List<Expr> args = new ArrayList<>();
        if (!peek().is(")")) {
            args.add(expression(false));
            while (peek().is(",")) {
                pos++;
                skipNewlines();
                args.add(expression(false));
            }
        }
        expect(")");
        return args;
    }

    private Expr subscript() throws Invalid {
        expect("[");
        Expr key = expression(false);
        expect("]");
        return key;
    }

    static Object arithmetic(char op, double a, double b) {
        return switch (op) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            case '/' -> {
                if (b == 0) {
                    throw new AwkRun.Fatal("division by zero");
                }
                yield a / b;
            }
            default -> {
                if (b == 0) {
                    throw new AwkRun.Fatal("division by zero in %");
                }
                yield a % b;
            }
        };
    }

    // ---- tokens

    private Expr parenthesised() throws Invalid {
        expect("(");
        Expr inner = expression(false);
        expect(")");
        return inner;
    }

    private String name() throws Invalid {
        Token t = next();
        if (t.kind() != Kind.NAME) {
            pos--;
            throw fail();
        }
        return t.text();
    }

    private boolean endsStatement() {
        Token t = peek();
        return t.kind() == Kind.NEWLINE || t.kind() == Kind.END || t.is(";") || t.is("}");
    }

    private void skipTerminators() {
        while (peek().kind() == Kind.NEWLINE || peek().is(";")) {
            pos++;
        }
    }

    private void skipNewlines() {
        while (peek().kind() == Kind.NEWLINE) {
            pos++;
        }
    }

    private Token peek() {
        return tokens.get(Math.min(pos, tokens.size() - 1));
    }

    private Token next() {
        Token t = peek();
        pos++;
        return t;
    }

    private void expect(String symbol) throws Invalid {
        if (!peek().is(symbol)) {
            throw fail();
        }
        pos++;
    }

    private Invalid fail() {
        return new Invalid("syntax error", peek().offset());
    }
}
