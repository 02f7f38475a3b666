package io.fpsh.ftd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The verbatim device samples under src/test/resources/io/fpsh/ftd (see the README there). */
public final class Fixtures {
    private Fixtures() {}

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample without its first line (the echoed command) and, when present, its last line (the prompt). */
    public static String withoutEchoAndPrompt(String sample) {
        String body = sample.substring(sample.indexOf('\n') + 1);
        String trimmed = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        int lastLine = trimmed.lastIndexOf('\n');
        String last = trimmed.substring(lastLine + 1);
        return last.strip().matches("[\\w.-]*[>#]") ? trimmed.substring(0, lastLine + 1) : body;
    }
}
