package io.fpsh.shell.serve;

/** A reason the server cannot start, meant for the user as one line (no stack trace). */
public final class ServeException extends Exception {
    public ServeException(String message) {
        super(message);
    }
}
