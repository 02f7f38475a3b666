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
        List<Field> fields = new ArrayList<>();
        Field field = new Field();
        List<Word.Part> parts = word.parts();
        for (int i = 0; i < parts.size(); i++) {
            Word.Part part = parts.get(i);
            if (part.isLiteral()) {
                String text = i == 0 && !part.quoted() ? tilde(part.text(), parts.size() == 1) : part.text();
                field.append(text, part.quoted());
                continue;
            }
            String value = value(part);
            if (part.quoted()) {
                field.append(value, true);
                continue;
            }
            // an unquoted expansion is split at blanks and newlines (bash's default IFS); its pieces are patterns
            for (char c : value.toCharArray()) {
                if (c == ' ' || c == '\t' || c == '\n') {
                    if (field.present) {
                        fields.add(field);
                        field = new Field();
                    }
                } else {
                    field.append(String.valueOf(c), false);
                }
            }
        }
        if (field.present) {
            fields.add(field);
        }
        List<String> result = new ArrayList<>();
        for (Field each : fields) {
            List<String> matches = each.glob ? Glob.match(each.pattern.toString(), context) : List.of();
            if (matches.isEmpty()) {
                result.add(each.text.toString());
            } else {
                result.addAll(matches);
            }
        }
        return result;
    }

    /** The value of an assignment ({@code A=~/x$B}): no splitting, no patterns, a leading {@code ~} expanded. */
    String expandValue(List<Word.Part> parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Word.Part part = parts.get(i);
            if (part.isLiteral()) {
                text.append(i == 0 && !part.quoted() ? tilde(part.text(), parts.size() == 1) : part.text());
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
        return variable(part.variable());
    }

    private String variable(String name) {
        return switch (name) {
            case "?" -> Integer.toString(lastStatus);
            case "$" -> Integer.toString(context.shellPid());
            case "#" -> "0";
            case "0" -> "-bash";
            default -> variables.value(name, context).orElse("");
        };
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
