package io.fpsh.lab;

import io.fpsh.sim.FastLab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads a shipped lab with one text replaced and returns the loader's one-line error, for validator tests. */
final class BrokenLab {
    private BrokenLab() {}

    /** The error without the file name; {@code original} must be in the lab, so a changed lab fails loudly. */
    static String errorWith(Path dir, String lab, String original, String replacement) throws IOException {
        String yaml = FastLab.completeText(lab);
        assertTrue(yaml.contains(original), "the lab has changed: no '" + original + "'");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml.replace(original, replacement));
        LabException error = assertThrows(LabException.class, () -> new LabLoader().load(file));
        String message = error.getMessage();
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.startsWith(file.toString()), message);
        return message.substring(file.toString().length());
    }
}
