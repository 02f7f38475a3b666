package io.fpsh.playbook;

import io.fpsh.playbook.dsl.PlaybookLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The loader's own refusal of users' files in a process that said so (fpsh serve), before reading a byte. */
class PlaybookFilesTest {
    @TempDir
    Path dir;

    @AfterEach
    void allowAgain() {
        PlaybookFiles.allowAgain();
    }

    @Test
    void aProcessThatRefusesPlaybookFilesLoadsNone() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.groovy"), "playbook 'mine', 'fine'\n");
        assertEquals("mine", PlaybookLoader.file(file).name());

        PlaybookFiles.refuseInThisProcess("a playbook file never runs inside fpsh serve (shipped playbooks only)");
        PlaybookLoadException refused = assertThrows(PlaybookLoadException.class, () -> PlaybookLoader.file(file));
        assertEquals(file + ": a playbook file never runs inside fpsh serve (shipped playbooks only)", refused.getMessage());
        assertEquals("dns", PlaybookLoader.shipped("dns").name());
    }
}
