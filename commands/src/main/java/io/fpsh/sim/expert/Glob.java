package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * File name patterns ({@code *}, {@code ?}, {@code [...]}) matched against the simulated file system. In a pattern a
 * backslash quotes the next character (the expander quotes what the user quoted).
 */
final class Glob {

    private Glob() {}

    static boolean hasMeta(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.toString();
    }

    /** The sorted paths matching {@code pattern}, relative if it is; empty when nothing matches. */
    static List<String> match(String pattern, ExpertContext context) {
        SimFileSystem fs = context.fileSystem();
        boolean absolute = pattern.startsWith("/");
        // each candidate: [absolute path, path as the user wrote it]
        List<String[]> candidates = new ArrayList<>();
        candidates.add(new String[] {absolute ? "/" : context.workingDirectory(), absolute ? "/" : ""});
        for (String component : pattern.split("/")) {
            if (component.isEmpty()) {
                continue;
            }
            List<String[]> next = new ArrayList<>();
            for (String[] candidate : candidates) {
                if (!hasUnquotedMeta(component)) {
                    String name = unquote(component);
                    String path = SimPaths.resolve(candidate[0], context.home(), name);
                    if (fs.exists(path)) {
                        next.add(new String[] {path, join(candidate[1], name)});
                    }
                    continue;
                }
                Pattern regex = toRegex(component);
                try {
                    for (String name : fs.list(candidate[0])) {
                        boolean hidden = name.startsWith(".") && !component.startsWith(".");
                        if (!hidden && regex.matcher(name).matches()) {
                            next.add(new String[] {SimPaths.resolve(candidate[0], "/", name), join(candidate[1], name)});
                        }
                    }
                } catch (SimFileException notADirectory) {
                    // nothing matches below a file or a missing directory
                }
            }
            candidates = next;
        }
        List<String> matches = new ArrayList<>();
        for (String[] candidate : candidates) {
            matches.add(candidate[1]);
        }
        matches.sort(null);
        return matches;
    }

    private static String join(String prefix, String name) {
        if (prefix.isEmpty()) {
            return name;
        }
        return prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
    }

    private static boolean hasUnquotedMeta(String component) {
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    private static String unquote(String component) {
        return component.replaceAll("\\\\(.)", "$1");
    }

    /** A name pattern as a regex (find -name uses it too). */
    static Pattern toRegex(String component) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '\\' && i + 1 < component.length()) {
                regex.append(Pattern.quote(String.valueOf(component.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[' && component.indexOf(']', i + 2) > 0) {
                int close = component.indexOf(']', i + 2);
                String set = component.substring(i + 1, close);
                if (set.startsWith("!")) {
                    set = "^" + set.substring(1);
                }
                regex.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&")).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
