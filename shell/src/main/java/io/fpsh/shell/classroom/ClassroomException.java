package io.fpsh.shell.classroom;

/** A class folder that cannot be used; the message is one line for the user. */
public final class ClassroomException extends Exception {
    public ClassroomException(String message) {
        super(message);
    }
}
