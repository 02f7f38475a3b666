package io.fpsh.lab;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code ${name}} references in a lab's texts ({@link LabVariables}): {@code $${} is a literal {@code ${}, a
 * {@code $} before anything else is itself.
 */
final class References {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private References() {}

    /** What is wrong with a text's references: a name no variable has ({@code unknown}), or how it is written. */
    static final class Problem extends Exception {
        private final String unknown;

        Problem(String unknown, String message) {
            super(message, null, false, false);
            this.unknown = unknown;
        }

        String unknown() {
            return unknown;
        }

        /** The problem in a lab writer's words, naming the variables there are. */
        String describe(Set<String> defined) {
            if (unknown == null) {
                return getMessage();
            }
            return "no variable named '" + unknown + "' (" + (defined.isEmpty() ? "the lab has no variables:"
                    + " define it under variables:" : "the variables: " + String.join(", ", new TreeSet<>(defined)))
                    + "; a literal ${ is written $${)";
        }
    }

    /** Whether every reference of {@code text} names one of {@code defined} and is well written. */
    static void check(String text, Set<String> defined) throws Problem {
        walk(text, defined::contains, null);
    }

    /** {@code text} with each reference replaced by its value. */
    static String expand(String text, Map<String, String> values) throws Problem {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        walk(text, values::containsKey, new Sink() {
            @Override
            public void text(CharSequence part) {
                out.append(part);
            }

            @Override
            public void reference(String name) {
                out.append(values.get(name));
            }
        });
        return out.toString();
    }

    private interface Sink {
        void text(CharSequence part);

        void reference(String name);
    }

    private static void walk(String text, java.util.function.Predicate<String> known, Sink sink) throws Problem {
        int i = 0;
        while (i < text.length()) {
            int dollar = text.indexOf('$', i);
            if (dollar < 0) {
                emit(sink, text.substring(i));
                return;
            }
            emit(sink, text.substring(i, dollar));
            if (text.startsWith("$${", dollar)) {
                emit(sink, "${");
                i = dollar + 3;
            } else if (text.startsWith("${", dollar)) {
                int close = text.indexOf('}', dollar + 2);
                if (close < 0) {
                    throw new Problem(null, "'${' without its closing '}' (a literal ${ is written $${)");
                }
                String name = text.substring(dollar + 2, close);
                if (!NAME.matcher(name).matches()) {
                    throw new Problem(null, "'${...}' holds a variable's name: a letter then letters, digits or _"
                            + " (a literal ${ is written $${)");
                }
                if (!known.test(name)) {
                    throw new Problem(name, "no variable named '" + name + "'");
                }
                if (sink != null) {
                    sink.reference(name);
                }
                i = close + 1;
            } else {
                emit(sink, "$");
                i = dollar + 1;
            }
        }
    }

    private static void emit(Sink sink, CharSequence part) {
        if (sink != null && part.length() > 0) {
            sink.text(part);
        }
    }
}
