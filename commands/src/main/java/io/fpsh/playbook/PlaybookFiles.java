package io.fpsh.playbook;

import java.nio.file.Path;

/**
 * Whether this process may run a user's playbook file. {@code fpsh serve} refuses them for good when it starts:
 * a playbook is the user's own Groovy with the process's rights, and a server runs for others (its {@code :run}
 * takes shipped playbooks only; this is the loader's own check behind that one).
 */
public final class PlaybookFiles {
    private static volatile String refusal;

    private PlaybookFiles() {}

    /** From now on this process loads no playbook file; {@code why} is the error's end. */
    public static void refuseInThisProcess(String why) {
        refusal = why;
    }

    /** Throws the one-line load error when this process refuses playbook files. */
    public static void checkAllowed(Path file) {
        String why = refusal;
        if (why != null) {
            throw new PlaybookLoadException(file + ": " + why);
        }
    }

    /** For tests that check the refusal in a JVM other tests share. */
    static void allowAgain() {
        refusal = null;
    }
}
