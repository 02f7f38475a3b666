package io.fpsh.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** curl on the local target reads the operator's files only where its command line names a CA file or directory. */
class LocalCurlFilesTest {

    @TempDir Path dir;

    @Test
    void readsTheCaFileItIsGivenAndNothingElse() throws IOException {
        Files.writeString(dir.resolve("ca.pem"), "PEM");
        Files.writeString(dir.resolve("secret"), "no");
        LocalCurlFiles files = LocalCurlFiles.forArguments(
                List.of("-sS", "--cacert", "ca.pem", "-d", "@secret", "https://x/"), dir.toString());
        assertEquals("PEM", new String(files.read(dir + "/ca.pem").orElseThrow()));
        assertEquals("PEM", new String(files.read("ca.pem").orElseThrow()));
        assertTrue(files.read("secret").isEmpty());
        assertTrue(files.read("/etc/hostname").isEmpty());
        assertFalse(files.write(dir + "/out", new byte[1]));
    }

    @Test
    void listsAndReadsTheCaDirectoryOnly() throws IOException {
        Path capath = Files.createDirectories(dir.resolve("certs"));
        Files.writeString(capath.resolve("1a2b3c4d.0"), "A");
        Files.writeString(capath.resolve("not-hashed.pem"), "C");
        Files.writeString(dir.resolve("outside.pem"), "B");
        LocalCurlFiles files = LocalCurlFiles.forArguments(List.of("--capath", capath.toString(), "https://x/"), "/");
        assertEquals(List.of(capath + "/1a2b3c4d.0"), files.list(capath.toString())); // as OpenSSL finds them
        assertEquals("A", new String(files.read(capath + "/1a2b3c4d.0").orElseThrow()));
        assertTrue(files.read(dir + "/outside.pem").isEmpty());
        assertTrue(files.list(dir.toString()).isEmpty());
    }

    @Test
    void aCacertWordThatIsAnotherOptionsValueNamesNothing() throws IOException {
        Files.writeString(dir.resolve("ca.pem"), "PEM");
        LocalCurlFiles files = LocalCurlFiles.forArguments(List.of("-H", "--cacert", "ca.pem"), dir.toString());
        assertTrue(files.read("ca.pem").isEmpty());
        LocalCurlFiles glued = LocalCurlFiles.forArguments(List.of("-sSo", "--cacert", "ca.pem"), dir.toString());
        assertTrue(glued.read("ca.pem").isEmpty());
    }
}
