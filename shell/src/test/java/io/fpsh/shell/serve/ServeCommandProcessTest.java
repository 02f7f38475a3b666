package io.fpsh.shell.serve;

import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The {@code fpsh serve} command as a user runs it: a hash made with --hash-password, a server, SIGTERM. */
@Sshd
@ExtraJvm
class ServeCommandProcessTest {
    @TempDir
    Path folder;

    @Test
    void hashPasswordThenServeWithItThenStopOnTerm() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass"), "needs openssh-client and sshpass");
        Process hashing = FpshJvm.start(folder, "serve", "--hash-password");
        try (OutputStream in = hashing.getOutputStream()) {
            in.write("long pass phrase\n".getBytes(StandardCharsets.UTF_8));
        }
        String hash = new String(hashing.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(hashing.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, hashing.exitValue());
        assertTrue(hash.startsWith(PasswordHash.PREFIX) && !hash.contains("long pass"), hash);
        Path users = folder.resolve("users");
        Files.writeString(users, "netops:" + hash + "\n");

        Process server = FpshJvm.start(folder, "serve", "--port", "0", "--users", users.toString());
        try {
            String started = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Matcher port = Pattern.compile(" port (\\d+),").matcher(String.valueOf(started));
            assertTrue(port.find(), "no start line: " + started);
            OpenSsh ssh = new OpenSsh(Integer.parseInt(port.group(1)), folder);
            OpenSsh.Result result = ssh.execWithPassword("netops", "long pass phrase", "show version");
            assertEquals(0, result.status(), result.stderr());
            assertTrue(result.stdout().contains("Model"), result.stdout());
        } finally {
            server.destroy(); // SIGTERM: the shutdown hook closes the server
            assertTrue(server.waitFor(10, TimeUnit.SECONDS), "fpsh serve did not stop on SIGTERM");
        }
    }
}
