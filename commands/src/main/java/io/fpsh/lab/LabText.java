package io.fpsh.lab;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One lab file's text and where it came from: {@code displayName} starts its errors, {@code directory} is where a
 * {@code base:} path written in it is looked for (null for a shipped lab: its base is a shipped lab's name).
 */
record LabText(String displayName, byte[] bytes, Path directory) {
    String source() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
