package io.fpsh.drive;

/** Credentials that cannot be had as asked (an unset {@code --password-env} variable): the message is one line. */
public final class CredentialsException extends Exception {
    public CredentialsException(String message) {
        super(message);
    }
}
