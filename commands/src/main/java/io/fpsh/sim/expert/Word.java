package io.fpsh.sim.expert;

import java.util.List;

/**
 * One shell word before expansion: literal pieces (remembering whether they were quoted, which stops tilde and
 * glob expansion) and variable references such as {@code $?} or {@code ${HOME}}.
 */
record Word(List<Part> parts) {

    /** A literal piece, or a variable reference when {@code variable} is not null. */
    record Part(String text, boolean quoted, String variable) {
        static Part literal(String text, boolean quoted) {
            return new Part(text, quoted, null);
        }

        static Part variable(String name, boolean quoted) {
            return new Part("", quoted, name);
        }
    }

    Word {
        parts = List.copyOf(parts);
    }

    boolean hasQuotes() {
        return parts.stream().anyMatch(Part::quoted);
    }

    /** The word's text when it holds no variables (operators' targets like {@code 1} in {@code 2>&1}). */
    String literalText() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            text.append(part.variable() == null ? part.text() : "$" + part.variable());
        }
        return text.toString();
    }
}
