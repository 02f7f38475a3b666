package io.fpsh.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default lab with the device's resolver waits shortened (1 s, 1 attempt) so tests stay fast; everything
 * else is the shipped file, read from scripts/labs.
 */
public final class FastLab {
    private FastLab() {}

    public static Path shippedLab(String name) {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("scripts/labs"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("scripts/labs not found above " + Path.of("").toAbsolutePath());
        }
        return here.resolve("scripts/labs/" + name + ".yaml");
    }

    /**
     * A shipped lab's whole text, every field written, for tests that change one line of it: the file itself, or for
     * a lab shrunk over a base the full file it merges to (kept under io/fpsh/lab/full-labs, held equal by
     * ShrunkLabsTest).
     */
    public static String completeText(String name) {
        try (java.io.InputStream in = FastLab.class.getResourceAsStream("/io/fpsh/lab/full-labs/" + name + ".yaml")) {
            return in != null ? new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    : Files.readString(shippedLab(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the fast variant of a shipped lab into {@code dir} and returns its path. */
    public static Path write(Path dir, String name) {
        try {
            String yaml = completeText(name);
            String fast = yaml.replace("timeoutSeconds: 5", "timeoutSeconds: 1").replace("attempts: 2", "attempts: 1");
            if (fast.equals(yaml) && yaml.contains("\nbase: ")) {
                // a lab over a base: its resolver timings come from the base, so they are changed over it
                fast = yaml.contains("\ndns:\n") ? yaml.replace("\ndns:\n", "\ndns:\n  timeoutSeconds: 1\n  attempts: 1\n")
                        : yaml + "dns:\n  timeoutSeconds: 1\n  attempts: 1\n";
            }
            if (fast.equals(yaml)) {
                throw new IllegalStateException("lab " + name + " has no resolver timings to shorten");
            }
            Path file = dir.resolve(name + "-fast.yaml");
            Files.writeString(file, fast);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
