package io.fpsh.shell.serve;

import io.fpsh.target.Targets;
import io.fpsh.shell.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code fpsh serve} refuses before listening: one line on stderr, exit status 2. */
class ServeRefusalTest {
    @TempDir
    Path folder;

    @Test
    void anyAddressWithoutUsersIsRefused() {
        Outcome outcome = fpsh("serve", "--bind", "0.0.0.0", "--port", "0");
        assertEquals(2, outcome.status());
        assertEquals(1, outcome.stderr().lines().count(), outcome.stderr());
        assertTrue(outcome.stderr().startsWith("fpsh: serve: refusing to serve on 0.0.0.0"), outcome.stderr());
        assertEquals("", outcome.stdout());
    }

    @Test
    void plainTextPasswordInTheUsersFileIsRefusedWithoutShowingIt() throws Exception {
        Path users = folder.resolve("users");
        Files.writeString(users, "admin:Admin123\n");
        ServeException refused = assertThrows(ServeException.class, () -> FtdSshServer.start(
                new ServeSettings(Targets.DEFAULT, "127.0.0.1", 0, users, false, folder)));
        assertTrue(refused.getMessage().contains("line 1: neither a password hash nor a public key"), refused.getMessage());
        assertFalse(refused.getMessage().contains("Admin123"), refused.getMessage());
    }

    @Test
    void unknownLabIsRefused() {
        Outcome outcome = fpsh("serve", "--lab", "no-such-lab", "--port", "0");
        assertEquals(2, outcome.status());
        assertTrue(outcome.stderr().startsWith("fpsh: serve: unknown lab 'no-such-lab'"), outcome.stderr());
    }

    @Test
    void hashesVerifyOnlyTheirPassword() {
        String text = PasswordHash.create("Admin123".toCharArray());
        assertTrue(text.matches("\\$pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+"), text);
        assertFalse(text.contains("Admin123"));
        assertTrue(PasswordHash.parse(text).matches("Admin123"));
        assertFalse(PasswordHash.parse(text).matches("Admin124"));
        assertFalse(text.equals(PasswordHash.create("Admin123".toCharArray())), "the salt is random");
    }

    private record Outcome(int status, String stdout, String stderr) {}

    private static Outcome fpsh(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Targets::open, false);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
