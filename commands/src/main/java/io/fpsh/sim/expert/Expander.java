package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns words into arguments as bash does: a leading {@code ~} or {@code ~user}, variables ({@code $?}, {@code $HOME},
 * the user's own), command substitutions ({@code $(list)}, {@code `list`}), then field splitting of what unquoted
 * expansions gave, then file name patterns ({@code *.log}) matched in the simulated file system.
 * One expander per pipeline stage: it remembers the status of the last substitution it ran.
 */
final class Expander {

    /** Runs a command substitution's list in a subshell and gives back its output and status. */
    @FunctionalInterface
    interface Substitution {
        Substituted run(ParsedLine list);
    }

    /** A substitution's output, trailing newlines already removed, and its exit status. */
    record Substituted(String output, int status) {}

    private final ExpertContext context;
    private final int lastStatus;
    private final ShellVariables variables;
    private final Substitution substitution;
    private int substitutionStatus = -1;

    Expander(ExpertContext context, int lastStatus, ShellVariables variables, Substitution substitution) {
        this.context = context;
        this.lastStatus = lastStatus;
        this.variables = variables;
        this.substitution = substitution;
    }

    /** {@code $?} as this line sees it. */
    int lastStatus() {
        return lastStatus;
    }

    /** The status of the last command substitution expanded, or empty when there was none. */
    Optional<Integer> substitutionStatus() {
        return substitutionStatus < 0 ? Optional.empty() : Optional.of(substitutionStatus);
    }

    List<String> expandAll(List<Word> words) {
        List<String> args = new ArrayList<>();
        for (Word word : words) {
            args.addAll(expand(word));
        }
        return args;
    }

    /** The word's fields: none for an unquoted empty expansion, several after splitting or a matching pattern. */
    List<String> expand(Word word) {
        Fields fields = new Fields();
        addWord(word, fields, true);
        List<String> result = new ArrayList<>();
        for (Field each : fields.done()) {
            List<String> matches = each.glob ? Glob.match(each.pattern.toString(), context) : List.of();
            if (matches.isEmpty()) {
                result.add(each.text.toString());
            } else {
                result.addAll(matches);
            }
        }
        return result;
    }

    private void addWord(Word word, Fields fields, boolean tildeAllowed) {
        List<Word.Part> parts = word.parts();
        for (int i = 0; i < parts.size(); i++) {
            Word.Part part = parts.get(i);
            if (part.isLiteral()) {
                boolean tilde = tildeAllowed && i == 0 && !part.quoted();
                fields.current.append(tilde ? tilde(part.text(), parts.size() == 1) : part.text(), part.quoted());
                continue;
            }
            List<Word> operand = operandInstead(part);
            if (operand != null) {
                fields.current.append("", part.quoted()); // "${U:+x}" is still an (empty) field
                for (int k = 0; k < operand.size(); k++) {
                    if (k > 0) {
                        fields.split();
                    }
                    addWord(operand.get(k), fields, false);
                }
            } else if (part.quoted()) {
                fields.current.append(value(part), true);
            } else {
                // an unquoted expansion is split at blanks and newlines (bash's default IFS); its pieces are patterns
                for (char c : value(part).toCharArray()) {
                    if (c == ' ' || c == '\t' || c == '\n') {
                        fields.split();
                    } else {
                        fields.current.append(String.valueOf(c), false);
                    }
                }
            }
        }
    }

    /** The value of an assignment ({@code A=~/x$B}): no splitting, no patterns, a leading {@code ~} expanded. */
    String expandValue(List<Word.Part> parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Word.Part part = parts.get(i);
            List<Word> operand = part.isLiteral() ? null : operandInstead(part);
            if (part.isLiteral()) {
                text.append(i == 0 && !part.quoted() ? tilde(part.text(), parts.size() == 1) : part.text());
            } else if (operand != null) {
                text.append(String.join(" ", operand.stream().map(word -> expandValue(word.parts())).toList()));
            } else {
                text.append(value(part));
            }
        }
        return text.toString();
    }

    /** A single word's text, for redirection targets. */
    String expandOne(Word word) {
        List<String> fields = expand(word);
        return fields.isEmpty() ? "" : String.join(" ", fields);
    }

    /**
     * {@code ~} ({@code $HOME}) or {@code ~user} at the start of a word, up to the first {@code /}; the whole prefix
     * must be written plainly in this piece, and an unknown user leaves it as it is.
     */
    private String tilde(String text, boolean wholeWord) {
        if (!text.startsWith("~")) {
            return text;
        }
        int slash = text.indexOf('/');
        if (slash < 0 && !wholeWord) {
            return text;
        }
        String name = text.substring(1, slash < 0 ? text.length() : slash);
        Optional<String> home = name.isEmpty()
                ? Optional.of(variables.value("HOME", context).orElse(context.home()))
                : context.homeOf(name);
        return home.map(h -> h + text.substring(1 + name.length())).orElse(text);
    }

    private String value(Word.Part part) {
        if (part.command() != null) {
            Substituted result = substitution.run(part.command());
            substitutionStatus = result.status();
            return result.output();
        }
        if (Word.Part.ARITHMETIC.equals(part.operator())) {
            String expression = expandValue(part.operand().get(0).parts());
            return Long.toString(Arithmetic.evaluate(expression, name -> variables.value(name, context).orElse(null)));
        }
        Optional<String> value = variable(part.variable());
        if ("#".equals(part.operator())) {
            return Integer.toString(value.orElse("").length());
        }
        return value.orElse("");
    }

    /**
     * The operand a parameter stands for, or null when it stands for its value: {@code ${A:-word}} and
     * {@code ${A-word}} give the word when A is unset (with {@code :}, also when empty), {@code ${A:+word}} when it
     * is set, {@code ${A:=word}} assigns it first.
     */
    private List<Word> operandInstead(Word.Part part) {
        String operator = part.operator();
        if (operator == null || operator.equals("#") || operator.equals(Word.Part.ARITHMETIC)) {
            return null;
        }
        Optional<String> value = variable(part.variable());
        boolean set = value.isPresent() && !(operator.startsWith(":") && value.get().isEmpty());
        return switch (operator) {
            case "-", ":-" -> set ? null : part.operand();
            case "+", ":+" -> set ? part.operand() : List.of();
            default -> {
                if (!set) {
                    variables.assign(part.variable(), String.join(" ",
                            part.operand().stream().map(word -> expandValue(word.parts())).toList()));
                }
                yield null;
            }
        };
    }

    private Optional<String> variable(String name) {
        return switch (name) {
            case "?" -> Optional.of(Integer.toString(lastStatus));
            case "$" -> Optional.of(Integer.toString(context.shellPid()));
            case "#" -> Optional.of("0");
            case "0" -> Optional.of("-bash");
            default -> variables.value(name, context);
        };
    }

    /** The fields of a word so far, the last one still being built. */
    private static final class Fields {
        private final List<Field> done = new ArrayList<>();
        Field current = new Field();

        /** Ends the current field, if it exists: blanks in a row make no empty fields. */
        void split() {
            if (current.present) {
                done.add(current);
                current = new Field();
            }
        }

        List<Field> done() {
            split();
            return done;
        }
    }

    /** One field being built: its text, and the same as a pattern with what was quoted escaped. */
    private static final class Field {
        final StringBuilder text = new StringBuilder();
        final StringBuilder pattern = new StringBuilder();
        boolean glob;
        /** Whether the field exists: it has text, or a quoted (possibly empty) piece. */
        boolean present;

        void append(String value, boolean quoted) {
            text.append(value);
            present |= quoted || !value.isEmpty();
            if (quoted) {
                pattern.append(Glob.quote(value));
            } else {
                pattern.append(value);
                glob |= Glob.hasMeta(value);
            }
        }
    }
}
