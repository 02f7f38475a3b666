package io.fpsh.teach;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How {@code :lab answer TEXT} is matched against a lab's accepted causes: case and punctuation aside, every word
 * of one accepted answer appears in the student's, in the same order ("the server's certificate has expired" names
 * "certificate expired"). A finding id is one word ({@code CERT-EXPIRED}). An answer of more than
 * {@value #MAX_WORDS} words is not matched, so a list of every cause cannot pass.
 */
public final class CauseAnswer {
    /** The longest answer matched: a sentence, not a catalogue. */
    public static final int MAX_WORDS = 12;

    private CauseAnswer() {}

    public static boolean matches(String answer, List<String> accepted) {
        List<String> words = words(answer);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return false;
        }
        return accepted.stream().map(CauseAnswer::words).anyMatch(wanted -> !wanted.isEmpty() && inOrder(wanted, words));
    }

    /** Whether {@code text} is too long to be matched (the student is told so). */
    public static boolean tooLong(String text) {
        return words(text).size() > MAX_WORDS;
    }

    private static boolean inOrder(List<String> wanted, List<String> words) {
        int at = 0;
        for (String word : words) {
            if (at < wanted.size() && word.equals(wanted.get(at))) {
                at++;
            }
        }
        return at == wanted.size();
    }

    /** Lower-case words; a finding id, a host name and an address stay whole, an apostrophe's "s" goes. */
    static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("'s\\b", "").replaceAll("[^a-z0-9.\\-]+", " ");
        return Arrays.stream(plain.split(" ")).map(w -> w.replaceAll("^[.\\-]+|[.\\-]+$", ""))
                .filter(w -> !w.isEmpty()).toList();
    }
}
