package io.fpsh.drive;

import io.fpsh.device.AccountPasswords;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the password questions of one call from {@link Credentials}, once: a wrong password must not burn sudo's
 * three tries, so a second question gets the end of input and the device says in its own words that it refused.
 * Only the questions sudo, su, LINA's enable and an SSH login ask are answered; other secrets (a proxy's password,
 * {@code configure password}) are never typed for a program.
 */
final class PasswordAnswer implements Function<String, String> {
    /** sudo on an FTD ("Password:"), Debian's sudo ("[sudo] password for admin:"), ssh ("admin@host's password:"). */
    private static final Pattern QUESTION =
            Pattern.compile("(?:\\[sudo] password for ([^:\\s]+)|([^@\\s]+)@\\S+'s password|Password)\\s*:\\s*");
    /** LINA's enable password is empty on an FTD out of the box (facts file: N3, U1). */
    private static final String ENABLE_DEFAULT = "";

    private final Credentials credentials;
    private final String user;
    private boolean asked;
    private String given;
    private String givenFor;

    /** {@code user} is whose password a bare "Password:" is about in the mode the call starts in. */
    PasswordAnswer(Credentials credentials, String user) {
        this.credentials = credentials;
        this.user = user;
    }

    @Override
    public synchronized String apply(String question) {
        Matcher matcher = QUESTION.matcher(question.strip() + (question.strip().endsWith(":") ? "" : ":"));
        if (asked || !matcher.matches()) {
            return null;
        }
        asked = true;
        String whose = matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2) : user;
        Optional<String> known = credentials.password(whose, question);
        givenFor = whose;
        given = known.orElse(whose.equals(AccountPasswords.LINA_ENABLE) ? ENABLE_DEFAULT : null);
        return given;
    }

    /** The password typed during the call, or null: what must never show in what the call returns. */
    synchronized String given() {
        return given;
    }

    /** Tells the credentials that the device refused what was typed, so a remembered password is asked again. */
    synchronized void refused() {
        if (given != null) {
            credentials.rejected(givenFor);
        }
    }
}
