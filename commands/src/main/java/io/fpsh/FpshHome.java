package io.fpsh;

import java.nio.file.Path;

/**
 * fpsh's own folder for history, host keys and caches: {@code $FPSH_HOME}, else {@code ~/.fpsh}. The one place
 * that rule lives, for every module.
 */
public final class FpshHome {
    private FpshHome() {}

    /** The folder of this user and environment. */
    public static Path directory() {
        return resolve(System.getenv("FPSH_HOME"), System.getProperty("user.home"));
    }

    /** {@code fpshHomeVariable} when set (not blank), else {@code <userHome>/.fpsh}. */
    public static Path resolve(String fpshHomeVariable, String userHome) {
        return fpshHomeVariable != null && !fpshHomeVariable.isBlank()
                ? Path.of(fpshHomeVariable) : Path.of(userHome, ".fpsh");
    }
}
