package io.fpsh.lab;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The labs shipped inside the jar ({@code scripts/labs}), read by name. */
public final class ShippedLabs {
    /** Where the build puts {@code scripts/labs} on the class path. */
    public static final String RESOURCES = "/io/fpsh/labs/";

    private ShippedLabs() {}

    /** Whether {@code name} can name a shipped lab at all (no path, no extension). */
    public static boolean isName(String name) {
        return name.matches("[A-Za-z0-9._-]+") && !name.endsWith(".yaml") && !name.endsWith(".yml");
    }

    /** The text of the shipped lab {@code name}, at most {@code limit} bytes; empty when there is none. */
    static Optional<byte[]> read(String name, int limit) throws IOException {
        if (!isName(name)) {
            return Optional.empty();
        }
        try (InputStream in = ShippedLabs.class.getResourceAsStream(RESOURCES + name + ".yaml")) {
            return in == null ? Optional.empty() : Optional.of(in.readNBytes(limit));
        }
    }
}
