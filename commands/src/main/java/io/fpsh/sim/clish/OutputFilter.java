package io.fpsh.sim.clish;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What follows {@code |} on a clish line: {@code include}, {@code exclude}, {@code begin} or {@code grep [-v]} and a
 * regular expression, applied to the command's output line by line. [UNVERIFIED: the set is LINA's (an ASA's
 * {@code show ... | include}); the FTD clish passes {@code show running-config} to LINA (facts 1.4).]
 */
record OutputFilter(Kind kind, Pattern pattern) {
    enum Kind { INCLUDE, EXCLUDE, BEGIN }

    /** The filter of the text after {@code |}, or an error line in the clish's words. */
    static Parsed parse(String spec) {
        List<String> words = new ArrayList<>(List.of(spec.strip().split("\\s+")));
        if (words.get(0).isEmpty()) {
            return Parsed.error("Syntax error: The command is not completed");
        }
        String verb = words.remove(0);
        Kind kind;
        if (!verb.isEmpty() && "include".startsWith(verb)) {
            kind = Kind.INCLUDE;
        } else if (!verb.isEmpty() && "exclude".startsWith(verb)) {
            kind = Kind.EXCLUDE;
        } else if (!verb.isEmpty() && "begin".startsWith(verb)) {
            kind = Kind.BEGIN;
        } else if (verb.equals("grep")) {
            boolean invert = !words.isEmpty() && words.get(0).equals("-v");
            if (invert) {
                words.remove(0);
            }
            kind = invert ? Kind.EXCLUDE : Kind.INCLUDE;
        } else {
            return Parsed.error("Syntax error: Illegal parameter");
        }
        if (words.isEmpty()) {
            return Parsed.error("Syntax error: The command is not completed");
        }
        try {
            return new Parsed(new OutputFilter(kind, Pattern.compile(String.join(" ", words))), null);
        } catch (PatternSyntaxException e) {
            return Parsed.error("Syntax error: Illegal parameter");
        }
    }

    String apply(String output) {
        List<String> lines = new ArrayList<>(List.of(output.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the empty rest after the final newline
        }
        StringBuilder kept = new StringBuilder();
        boolean begun = false;
        for (String line : lines) {
            boolean match = pattern.matcher(line).find();
            boolean keep = switch (kind) {
                case INCLUDE -> match;
                case EXCLUDE -> !match;
                case BEGIN -> begun |= match;
            };
            if (keep) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    record Parsed(OutputFilter filter, String error) {
        static Parsed error(String message) {
            return new Parsed(null, message);
        }
    }
}
