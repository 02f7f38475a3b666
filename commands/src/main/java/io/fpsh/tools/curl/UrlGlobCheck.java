package io.fpsh.tools.curl;

import java.util.Optional;

/**
 * The curl tool reads "[a-z]" and "[1-9]" in a URL as ranges (URL globbing) before libcurl sees it. fpsh does not
 * expand ranges, but an unclosed "[" must fail as curl's glob parser fails: exit 3, with the position and a caret.
 */
final class UrlGlobCheck {

    private UrlGlobCheck() {}

    /** The message after "curl: (3) " when the URL has a "[" that is never closed, empty otherwise. */
    static Optional<String> unclosedRange(String url) {
        int open = url.indexOf('[');
        if (open < 0 || url.indexOf(']', open) >= 0) return Optional.empty();
        int first = open + 1;
        if (first < url.length() && Character.isLetter(url.charAt(first))) return Optional.of(text("bad range", first, url));
        if (first < url.length() && Character.isDigit(url.charAt(first))) return Optional.of(text("bad range", numericFailure(url, first), url));
        return Optional.of(text("bad range specification", first, url));
    }

    /** Where "[N-M]" parsing stops: the first character that is neither the expected digits nor the "-". */
    private static int numericFailure(String url, int at) {
        int i = skipDigits(url, at);
        if (i >= url.length() || url.charAt(i) != '-') return i;
        int afterDash = i + 1;
        return skipDigits(url, afterDash);
    }

    private static int skipDigits(String url, int at) {
        int i = at;
        while (i < url.length() && Character.isDigit(url.charAt(i))) i++;
        return i;
    }

    /** curl counts positions from 1 and puts the caret under that character. */
    private static String text(String what, int index, String url) {
        return what + " in URL position " + (index + 1) + ":\n" + url + "\n" + " ".repeat(index) + "^";
    }
}
