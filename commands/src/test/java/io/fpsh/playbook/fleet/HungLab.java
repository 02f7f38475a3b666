package io.fpsh.playbook.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A lab file for tests: a shipped lab whose {@code show network} never returns (the lab field {@code hangs}). */
final class HungLab {
    private HungLab() {}

    static Path write(Path folder, String shipped) throws IOException {
        String text;
        try (InputStream in = HungLab.class.getResourceAsStream("/io/fpsh/labs/" + shipped + ".yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replaceFirst("(?m)^name: .*$", "name: ftd01-hung") + "hangs: [show network]\n";
        Path file = folder.resolve("ftd01-hung.yaml");
        Files.writeString(file, text);
        return file;
    }
}
