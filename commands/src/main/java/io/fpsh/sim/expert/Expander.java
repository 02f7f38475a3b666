package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns words into arguments: variables ({@code $?}, {@code $HOME}, {@code $USER}...), a leading {@code ~}, and
 * file name patterns ({@code *.log}) matched in the simulated file system. Values are not word-split: none of
 * the variables the shell knows contains blanks.
 */
final class Expander {

    private final ExpertContext context;
    private final int lastStatus;

    Expander(ExpertContext context, int lastStatus) {
        this.context = context;
        this.lastStatus = lastStatus;
    }

    /** {@code $?} as this line sees it. */
    int lastStatus() {
        return lastStatus;
    }

    List<String> expandAll(List<Word> words) {
        List<String> args = new ArrayList<>();
        for (Word word : words) {
            args.addAll(expand(word));
        }
        return args;
    }

    /** The word's fields: none for an unquoted empty expansion, several for a matching pattern, else one. */
    List<String> expand(Word word) {
        StringBuilder text = new StringBuilder();
        StringBuilder pattern = new StringBuilder();
        boolean hasGlob = false;
        List<Word.Part> parts = word.parts();
        for (int i = 0; i < parts.size(); i++) {
            Word.Part part = parts.get(i);
            String value;
            if (part.variable() != null) {
                value = variable(part.variable());
            } else if (i == 0 && !part.quoted() && isTilde(part.text())) {
                value = context.home() + part.text().substring(1);
            } else {
                value = part.text();
            }
            text.append(value);
            if (part.variable() == null && !part.quoted()) {
                pattern.append(value);
                hasGlob |= Glob.hasMeta(value);
            } else {
                pattern.append(Glob.quote(value));
            }
        }
        if (text.length() == 0 && !word.hasQuotes()) {
            return List.of();
        }
        if (hasGlob) {
            List<String> matches = Glob.match(pattern.toString(), context);
            if (!matches.isEmpty()) {
                return matches;
            }
        }
        return List.of(text.toString());
    }

    /** A single word's text, for redirection targets. */
    String expandOne(Word word) {
        List<String> fields = expand(word);
        return fields.isEmpty() ? "" : String.join(" ", fields);
    }

    private static boolean isTilde(String text) {
        return text.equals("~") || text.startsWith("~/");
    }

    private String variable(String name) {
        return switch (name) {
            case "?" -> Integer.toString(lastStatus);
            case "$" -> Integer.toString(context.shellPid());
            case "0" -> "-bash";
            case "HOME" -> context.home();
            case "USER", "LOGNAME" -> context.user();
            case "PWD" -> context.workingDirectory();
            case "HOSTNAME" -> context.hostname();
            case "SHELL" -> "/bin/bash";
            case "PATH" -> context.user().equals("root")
                    ? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/ngfw/usr/local/sf/bin"
                    : "/usr/local/bin:/usr/bin:/bin:/ngfw/usr/local/sf/bin";
            default -> "";
        };
    }
}
