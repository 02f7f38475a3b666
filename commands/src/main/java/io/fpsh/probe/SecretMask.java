package io.fpsh.probe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets wherever evidence is kept or printed: {@code Authorization} and {@code Proxy-Authorization} header
 * values, passwords in URLs ({@code http://user:secret@proxy}) and in curl's {@code -u}/{@code -U}/
 * {@code --proxy-user}/{@code --user} arguments. The mask keeps the shape, so the evidence still says a secret was there.
 */
public final class SecretMask {
    public static final String MASK = "****";

    /** The header's scheme is kept (it says what kind of secret it was); everything after it is the secret. */
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?im)^([<>]?\\s*(?:proxy-)?authorization:\\s*(?:(?:basic|bearer|digest|negotiate|ntlm)\\s+)?)\\S.*$");
    /**
     * A URL's password: from the first ':' of the user part to the last '@' before the path, so an '@' left unencoded in
     * the user ({@code jdoe@corp.example:pw@proxy}) or the password ({@code user:p@ss@proxy}) leaves none of it shown.
     */
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:]*:)[^/\\s]*(@)");
    /**
     * curl's user options, only on a line that runs curl: {@code date -u +%H:%M} is no secret. A short option's value
     * may be attached, as curl reads {@code -uuser:pw}.
     */
    private static final Pattern USER_OPTION = Pattern.compile(
            "(?m)(\\bcurl\\b[^\\n]*?\\s(?:-[uU]\\s*|--user\\s+|--proxy-user\\s+)['\"]?[^\\s:'\"]*:)[^\\s'\"]*");

    private SecretMask() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Each pattern runs only on a text holding the literal it cannot match without: every probe's output passes
        // here, and the patterns tried at each of its characters were a fleet run's largest cost in parsing.
        String masked = text;
        if (containsIgnoringCase(masked, "authorization")) {
            masked = AUTHORIZATION.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        }
        if (masked.contains("://")) {
            masked = URL_PASSWORD.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(2)));
        }
        if (masked.contains("curl") && (masked.contains("-u") || masked.contains("-U"))) { // --user, --proxy-user too
            masked = USER_OPTION.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        }
        return masked;
    }

    /** Whether {@code text} holds {@code word} in any case (a superset of the patterns' ASCII-only (?i)). */
    private static boolean containsIgnoringCase(String text, String word) {
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
