package io.fpsh.shell;

import java.nio.file.Path;
import java.nio.file.Paths;

/** fpsh's own folder for history, host keys and caches: {@code $FPSH_HOME}, else {@code ~/.fpsh}. */
public final class FpshHome {
    private FpshHome() {}

    public static Path directory() {
        String home = System.getenv("FPSH_HOME");
        if (home != null && !home.isBlank()) {
            return Paths.get(home);
        }
        return Paths.get(System.getProperty("user.home"), ".fpsh");
    }
}
