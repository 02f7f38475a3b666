package io.fpsh.sim.expert;

import java.util.List;

/**
 * One shell word before expansion: literal pieces (remembering whether they were quoted, which stops tilde and
 * glob expansion), variable references such as {@code $?} or {@code ${HOME}}, and command substitutions.
 */
record Word(List<Part> parts) {

    /**
     * A literal piece, a variable reference when {@code variable} is not null, or a command substitution when
     * {@code command} is not null ({@code text} is then its source, e.g. {@code $(hostname)}, for messages).
     * A variable may carry one of bash's operators: {@code #} (its length), or {@code -}, {@code =}, {@code +}
     * (with or without {@code :}) and their {@code operand} words.
     */
    record Part(String text, boolean quoted, String variable, ParsedLine command, String operator, List<Word> operand) {
        static final String ARITHMETIC = "((";

        Part {
            operand = operand == null ? List.of() : List.copyOf(operand);
        }

        static Part literal(String text, boolean quoted) {
            return new Part(text, quoted, null, null, null, null);
        }

        static Part variable(String name, boolean quoted) {
            return new Part("", quoted, name, null, null, null);
        }

        /** {@code ${#NAME}}, {@code ${NAME:-word}} and the like, {@code source} as written. */
        static Part parameter(String source, String name, String operator, List<Word> operand, boolean quoted) {
            return new Part(source, quoted, name, null, operator, operand);
        }

        static Part substitution(String source, ParsedLine command, boolean quoted) {
            return new Part(source, quoted, null, command, null, null);
        }

        /** {@code $((expression))}: the expression as one word, expanded as between double quotes, then computed. */
        static Part arithmetic(String source, Word expression, boolean quoted) {
            return new Part(source, quoted, null, null, ARITHMETIC, List.of(expression));
        }

        /** Text written as such, not the value of an expansion. */
        boolean isLiteral() {
            return variable == null && command == null && operator == null;
        }
    }

    Word {
        parts = List.copyOf(parts);
    }

    boolean hasQuotes() {
        return parts.stream().anyMatch(Part::quoted);
    }

    /** The word as written, for messages and for operators' targets like {@code 1} in {@code 2>&1}. */
    String literalText() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            text.append(part.variable() == null || part.operator() != null ? part.text() : "$" + part.variable());
        }
        return text.toString();
    }
}
