package io.fpsh.sim.fxos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** FXOS's texts of an appliance: the banner {@code connect fxos} prints, and its {@code show version}. */
public final class FxosVersion {
    private static final String BANNER = read("fxos-banner.txt");

    private FxosVersion() {}

    /** The FX-OS software banner, as {@code connect fxos} prints it before the prompt [SRC-FIXTURE U3 fp2k mock]. */
    public static String banner() {
        return BANNER;
    }

    /** FXOS's {@code show version} on a 1000/2100 [SRC-FIXTURE U3 fp2k mock: two indented lines]. */
    public static String render(String version) {
        return "  Version: " + version + "\n  Startup-Vers: " + version + "\n";
    }

    private static String read(String name) {
        try (InputStream in = FxosVersion.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
