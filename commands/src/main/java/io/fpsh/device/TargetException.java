package io.fpsh.device;

/** A target that cannot be opened: the message is one line, fit for the user. */
public class TargetException extends Exception {
    public TargetException(String message) {
        super(message);
    }
}
