package io.fpsh.sim.expert;

/** A failed file operation, carrying the errno text the GNU tools print. */
public class SimFileException extends Exception {

    /** The errors the simulated file system can report, with their strerror text. */
    public enum Reason {
        NO_SUCH_FILE("No such file or directory"),
        IS_A_DIRECTORY("Is a directory"),
        NOT_A_DIRECTORY("Not a directory"),
        PERMISSION_DENIED("Permission denied"),
        READ_ONLY_FILE_SYSTEM("Read-only file system"),
        NO_SPACE("No space left on device");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final Reason reason;

    public SimFileException(Reason reason) {
        super(reason.text(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
