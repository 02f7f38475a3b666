package io.fpsh.shell;

/** A failure meant for the user: printed as one line {@code fpsh: message}, then the process exits with {@code exitStatus}. */
final class FpshException extends Exception {
    static final int USAGE = 2;

    private final int exitStatus;

    FpshException(String message, int exitStatus) {
        super(message);
        this.exitStatus = exitStatus;
    }

    /** A wrong command line or a target that cannot be opened: exit status 2, as shells do for usage errors. */
    static FpshException usage(String message) {
        return new FpshException(message, USAGE);
    }

    int exitStatus() {
        return exitStatus;
    }
}
