package io.fpsh.device;

/** Thrown when a target cannot do what was asked (e.g. a clish command on the local target). */
public class NotAvailableException extends RuntimeException {
    public NotAvailableException(String message) {
        super(message);
    }
}
