package io.fpsh.sim.expert;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple command's words as bash reads them: leading {@code NAME=value} assignments, then the command name and its
 * arguments. Values are expanded without splitting or patterns, as are {@code export NAME=value} arguments.
 */
final class CommandWords {

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);

    /** One expanded {@code NAME=value}. */
    record Assignment(String name, String value) {}

    private final List<Assignment> assignments;
    private final List<String> arguments;

    private CommandWords(List<Assignment> assignments, List<String> arguments) {
        this.assignments = assignments;
        this.arguments = arguments;
    }

    /** Expands the words: the command's first (bash's order), then the assignments' values. */
    static CommandWords of(List<Word> words, Expander expander) {
        int first = 0;
        while (first < words.size() && ASSIGNMENT.matcher(plainStart(words.get(first))).matches()) {
            first++;
        }
        List<Word> command = words.subList(first, words.size());
        boolean declares = !command.isEmpty() && plainStart(command.get(0)).equals("export")
                && command.get(0).parts().size() == 1;
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            Word word = command.get(i);
            Assignment assignment = i > 0 && declares ? assignment(word, expander) : null;
            if (assignment != null) {
                arguments.add(assignment.name() + "=" + assignment.value());
            } else {
                arguments.addAll(expander.expand(word));
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        for (Word word : words.subList(0, first)) {
            assignments.add(assignment(word, expander));
        }
        return new CommandWords(assignments, arguments);
    }

    /** The command name and its arguments; empty for a line of assignments (or redirections) only. */
    List<String> arguments() {
        return arguments;
    }

    /** Sets the variables of a line without a command; false, after bash's message, on a read-only one. */
    boolean assign(ShellVariables variables, PrintStream err) {
        for (Assignment assignment : assignments) {
            String problem = variables.assign(assignment.name(), assignment.value());
            if (problem != null) {
                err.println("-bash: " + problem);
                return false;
            }
        }
        return true;
    }

    /** {@code UID=5 cmd}: bash complains, then runs the command. */
    void warnReadOnly(ShellVariables variables, PrintStream err) {
        for (Assignment assignment : assignments) {
            String problem = variables.copy().assign(assignment.name(), assignment.value());
            if (problem != null) {
                err.println("-bash: " + problem);
            }
        }
    }

    /** The word's {@code NAME=value} expanded, or null when it is no assignment. */
    private static Assignment assignment(Word word, Expander expander) {
        Matcher matcher = ASSIGNMENT.matcher(plainStart(word));
        if (!matcher.matches()) {
            return null;
        }
        List<Word.Part> value = new ArrayList<>();
        if (!matcher.group(2).isEmpty()) {
            value.add(Word.Part.literal(matcher.group(2), false));
        }
        value.addAll(word.parts().subList(1, word.parts().size()));
        return new Assignment(matcher.group(1), expander.expandValue(value));
    }

    /** The word's first piece when it is written plainly (unquoted, not an expansion), else "". */
    private static String plainStart(Word word) {
        if (word.parts().isEmpty()) {
            return "";
        }
        Word.Part first = word.parts().get(0);
        return first.isLiteral() && !first.quoted() ? first.text() : "";
    }
}
