package io.fpsh.shell.serve;

import io.fpsh.testkind.Sshd;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code fpsh serve --users FILE}: an authorized key and a PBKDF2 password hash, and nothing else, log in. */
@Sshd
class ServeUsersTest {
    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static OpenSsh ssh;
    private static Path key;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass") && OpenSsh.installed("ssh-keygen"),
                "needs openssh-client and sshpass");
        key = folder.resolve("id_ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test",
                "-f", key.toString()).redirectErrorStream(true).start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0, "ssh-keygen failed");
        String publicKey = Files.readString(folder.resolve("id_ed25519.pub"), StandardCharsets.UTF_8).strip();
        Path users = folder.resolve("users");
        Files.writeString(users, "# fpsh serve accounts\n\nadmin:" + publicKey + "\n"
                + "operator:" + PasswordHash.create("s3cret pass".toCharArray()) + "\n");
        server = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, users, false,
                folder.resolve("home")));
        ssh = new OpenSsh(server.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void authorizedKeyLogsIn() throws Exception {
        OpenSsh.Result result = ssh.execWithKey("admin", key, "show version");
        assertEquals(0, result.status(), result.stderr());
        assertTrue(result.stdout().contains("Model                     : "), result.stdout());
    }

    @Test
    void hashedPasswordLogsIn() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("operator", "s3cret pass", "show version");
        assertEquals(0, result.status(), result.stderr());
    }

    @Test
    void theLabPasswordNoLongerWorks() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", "show version");
        assertEquals(255, result.status(), result.stderr());
        assertTrue(result.stderr().contains("Permission denied"), result.stderr());
    }

    @Test
    void keyOfAnotherUserIsRefused() throws Exception {
        OpenSsh.Result result = ssh.execWithKey("operator", key, "show version");
        assertEquals(255, result.status(), result.stderr());
        assertTrue(result.stderr().contains("Permission denied"), result.stderr());
    }
}
