package io.fpsh.shell.serve;

import org.jline.reader.Candidate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What TAB does with the word before the cursor, as the clish's editor (tinyrl) does: one candidate is put in with
 * a blank after it (none after a directory); several that share more than the typed part grow the word to that
 * common part; otherwise they are listed. Nothing fitting rings the bell.
 *
 * @param replacement what replaces the typed part of the word (INSERT)
 * @param listed      the names to show (LIST), sorted
 */
record TabCompletion(Outcome outcome, String replacement, List<String> listed) {
    enum Outcome { BELL, INSERT, LIST }

    static TabCompletion of(String partial, List<Candidate> candidates) {
        Map<String, Candidate> byValue = new TreeMap<>();
        candidates.forEach(candidate -> byValue.putIfAbsent(candidate.value(), candidate));
        if (byValue.isEmpty()) {
            return new TabCompletion(Outcome.BELL, "", List.of());
        }
        if (byValue.size() == 1) {
            Candidate only = byValue.values().iterator().next();
            return new TabCompletion(Outcome.INSERT, only.value() + (only.complete() ? " " : ""), List.of());
        }
        String common = commonPrefix(byValue.keySet().stream().toList());
        if (common.length() > partial.length() && common.startsWith(partial)) {
            return new TabCompletion(Outcome.INSERT, common, List.of());
        }
        List<String> names = byValue.values().stream().map(Candidate::displ).sorted().toList();
        return new TabCompletion(Outcome.LIST, "", names);
    }

    /** The word being typed: what follows the last blank before the cursor. */
    static String partialWord(String beforeCursor) {
        int start = beforeCursor.length();
        while (start > 0 && !Character.isWhitespace(beforeCursor.charAt(start - 1))) {
            start--;
        }
        return beforeCursor.substring(start);
    }

    private static String commonPrefix(List<String> words) {
        String common = words.get(0);
        for (String word : words) {
            int i = 0;
            while (i < common.length() && i < word.length() && common.charAt(i) == word.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        if (!common.isEmpty() && Character.isHighSurrogate(common.charAt(common.length() - 1))) {
            common = common.substring(0, common.length() - 1); // never half a character
        }
        return common;
    }
}
