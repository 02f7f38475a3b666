package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code fpsh serve --classroom} with a bad roster, in a JVM of its own (serve closes playbook files to its
 * process): every bad line is reported on a line of its own, never its text, and nothing is made or bound.
 */
@ExtraJvm
class ClassroomRosterTest {
    @TempDir
    Path folder;

    @Test
    void everyBadRosterLineIsReportedOnALineOfItsOwnWithoutItsText() throws Exception {
        Path roster = Files.writeString(folder.resolve("roster.yaml"), "# class\n"
                + "carol: PlainSecret1\n"
                + "../evil: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL\n"
                + "no colon here\n"
                + "dave: ssh-ed25519 notbase64!\n");
        FpshProcess.Result run = FpshProcess.runOnLab(folder.resolve("home"), "", "serve", "--classroom", roster.toString(), "--dir", folder.resolve("c").toString(), "--port", "0");
        assertEquals(2, run.exitStatus());
        assertEquals("fpsh: serve: " + roster + " line 2: neither a password hash nor a public key (plain-text passwords"
                + " are not accepted: make a hash with fpsh serve --hash-password)\n"
                + "fpsh: serve: " + roster + " line 3: a student's name is 1 to 32 letters, digits, '.', '_' or '-', not"
                + " starting with '.', '_' or '-'\n"
                + "fpsh: serve: " + roster + " line 4: expected user:$pbkdf2-sha256$... or user:ssh-ed25519 AAAA...\n"
                + "fpsh: serve: " + roster + " line 5: not a readable public key\n", run.err());
        assertFalse(run.err().contains("PlainSecret1"));
        assertFalse(Files.exists(folder.resolve("c")), "nothing made before the roster is good");
    }

}
