package io.fpsh.probe;

/** The arguments of a probe are wrong; the message is one usage line. */
public class ProbeUsageException extends Exception {
    public ProbeUsageException(String message) {
        super(message);
    }
}
