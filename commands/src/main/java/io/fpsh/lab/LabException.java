package io.fpsh.lab;

/** A lab file that cannot be used; the message is one line naming the file, line and field. */
public class LabException extends Exception {
    public LabException(String message) {
        super(message);
    }
}
