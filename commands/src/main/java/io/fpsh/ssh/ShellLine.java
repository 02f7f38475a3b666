package io.fpsh.ssh;

import java.util.ArrayList;
import java.util.List;

/**
 * A bash line read far enough to tell what it runs: its simple commands as words (quotes removed; split at
 * {@code ; & | && || ( )} and newlines; the insides of {@code $(...)} and backquotes as commands of their own),
 * and whether it redirects output into a file. Not bash: enough to find the commands in a line typed at a prompt.
 */
final class ShellLine {
    private final List<List<String>> commands = new ArrayList<>();
    private boolean writesFile;

    private ShellLine() {}

    static ShellLine read(String line) {
        ShellLine read = new ShellLine();
        read.scan(line);
        return read;
    }

    List<List<String>> commands() {
        return commands;
    }

    /** True when some output goes to a file ({@code >}, {@code >>}, {@code &>}), not /dev/null or a descriptor. */
    boolean writesFile() {
        return writesFile;
    }

    private void scan(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean redirectTarget = false; // the next word is where output goes
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                end = end < 0 ? line.length() : end;
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                int end = closing(line, i + 2);
                scan(line.substring(i + 2, end));
                inWord = true;
                i = end + 1;
            } else if (c == '`') {
                int end = line.indexOf('`', i + 1);
                end = end < 0 ? line.length() : end;
                scan(line.substring(i + 1, end));
                inWord = true;
                i = end + 1;
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '>' || (c == '&' && i + 1 < line.length() && line.charAt(i + 1) == '>')) {
                if (inWord) {
                    wordBeforeOperator(words, word.toString(), redirectTarget);
                }
                redirectTarget = false;
                word.setLength(0);
                inWord = false;
                i += c == '&' ? 2 : 1;
                while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == '|')) {
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '&') {
                    i++; // >&2: into another descriptor
                    while (i < line.length() && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '-')) {
                        i++;
                    }
                    continue;
                }
                redirectTarget = true;
            } else if (c == '<') {
                if (inWord) {
                    wordBeforeOperator(words, word.toString(), redirectTarget);
                }
                redirectTarget = false;
                word.setLength(0);
                inWord = false;
                i++;
            } else if (Character.isWhitespace(c) || ";&|()".indexOf(c) >= 0) {
                if (inWord) {
                    finishWord(words, word.toString(), redirectTarget);
                    redirectTarget = false;
                    word.setLength(0);
                    inWord = false;
                }
                if (c != ' ' && c != '\t') {
                    endCommand(words);
                    words = new ArrayList<>();
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            finishWord(words, word.toString(), redirectTarget);
        }
        endCommand(words);
    }

    /**
     * Ends the word typed right before a redirection operator: the target of an earlier one ({@code >a>b} writes
     * {@code a} too), else a word, unless it is a descriptor number, which belongs to the operator ({@code 2>}).
     */
    private void wordBeforeOperator(List<String> words, String text, boolean redirectTarget) {
        if (redirectTarget || !text.chars().allMatch(Character::isDigit)) {
            finishWord(words, text, redirectTarget);
        }
    }

    /** Adds a word, or takes it as the redirection's target. */
    private void finishWord(List<String> words, String text, boolean redirectTarget) {
        if (!redirectTarget) {
            words.add(text);
        } else if (!text.equals("/dev/null")) {
            writesFile = true;
        }
    }

    private void endCommand(List<String> words) {
        if (!words.isEmpty()) {
            commands.add(List.copyOf(words));
        }
    }

    /** Reads a double-quoted part into {@code word}; substitutions in it are scanned as commands. */
    private int doubleQuoted(String line, int from, StringBuilder word) {
        int i = from;
        while (i < line.length() && line.charAt(i) != '"') {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                int end = closing(line, i + 2);
                scan(line.substring(i + 2, end));
                i = end + 1;
            } else if (c == '`') {
                int end = line.indexOf('`', i + 1);
                end = end < 0 ? line.length() : end;
                scan(line.substring(i + 1, end));
                i = end + 1;
            } else {
                word.append(c);
                i++;
            }
        }
        return i + 1;
    }

    /** The index of the parenthesis closing one opened just before {@code from}; the end when none does. */
    private static int closing(String line, int from) {
        int depth = 1;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return line.length();
    }
}
