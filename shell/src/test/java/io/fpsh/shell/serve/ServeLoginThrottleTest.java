package io.fpsh.shell.serve;

import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Logins resist guessing (issue 12 §7), seen by the real OpenSSH client: a wrong password is answered late, a
 * connection is closed at the tries' limit with sshd's words, and an address that keeps guessing is refused while a
 * client elsewhere still logs in. Each test comes from its own loopback address ({@code ssh -b 127.0.0.N}), as the
 * penalties are per address; the limits are small so the class takes seconds.
 */
@Sshd
class ServeLoginThrottleTest {
    private static final long DELAY_MILLIS = 400;

    @TempDir
    static Path folder;
    private static ServedLab served;
    private static OpenSsh ssh;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass") && OpenSsh.installed("expect"),
                "needs openssh-client, sshpass and expect");
        assumeTrue(OpenSsh.installed("ssh-keygen"), "needs ssh-keygen");
        ServeLimits limits = ServeLimits.DEFAULTS.with("login-delay=" + DELAY_MILLIS + "ms").with("max-auth-tries=3")
                .with("penalty-after=4").with("penalty=60s").with("sessions-per-user=2");
        served = ServedLab.start("lab:ftd01-dns", folder, limits);
        ssh = new OpenSsh(served.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void aWrongPasswordIsAnsweredOnlyAfterTheDelay() throws Exception {
        long started = System.nanoTime();
        OpenSsh.Result wrong = ssh.execWithPasswordFrom("127.0.0.2", "admin", "admin123", "show version");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(255, wrong.status(), wrong.toString());
        assertTrue(wrong.stderr().contains("Permission denied"), wrong.stderr());
        assertTrue(millis >= DELAY_MILLIS, "answered after " + millis + " ms");
        OpenSsh.Result right = ssh.execWithPasswordFrom("127.0.0.2", "admin", "Admin123", "show version");
        assertEquals(0, right.status(), right.stderr());
    }

    @Test
    void theConnectionIsClosedAtTheTriesLimitWithSshdsWords() throws Exception {
        OpenSsh.Result result = ssh.expect(folder, """
                set timeout 30
                spawn SSH -o NumberOfPasswordPrompts=10 -b 127.0.0.3 admin@127.0.0.1 show version
                for {set i 0} {$i < 10} {incr i} {
                    expect {
                        "password: " { send "wrong$i\\r" }
                        eof { break }
                    }
                }
                catch wait result
                exit [lindex $result 3]
                """);
        assertEquals(255, result.status(), result.toString());
        assertEquals(3, result.stdout().split("password: ", -1).length - 1, "tries before the close: " + result.stdout());
        assertTrue(result.stdout().contains("Received disconnect from 127.0.0.1 port " + served.port()
                + ":14: Too many authentication failures"), result.stdout());
    }

    @Test
    void anAddressThatKeepsGuessingIsRefusedWhileAnotherStillLogsIn() throws Exception {
        for (int i = 0; i < 4; i++) {
            OpenSsh.Result wrong = ssh.execWithPasswordFrom("127.0.0.4", "admin", "guess" + i, "show version");
            assertTrue(wrong.stderr().contains("Permission denied"), wrong.stderr());
        }
        long started = System.nanoTime();
        OpenSsh.Result refused = ssh.execWithPasswordFrom("127.0.0.4", "admin", "Admin123", "show version");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(255, refused.status(), refused.toString());
        assertFalse(refused.stdout().contains("Model"), "the right password got in during the penalty");
        assertFalse(refused.stderr().contains("Permission denied"), "refused before any password: " + refused.stderr());
        assertTrue(refused.stderr().contains("kex_exchange_identification")
                || refused.stderr().contains("Connection closed") || refused.stderr().contains("reset"), refused.stderr());
        assertTrue(millis < DELAY_MILLIS * 5, "refused at once, not after a login: " + millis + " ms");
        OpenSsh.Result elsewhere = ssh.execWithPasswordFrom("127.0.0.5", "admin", "Admin123", "show version");
        assertEquals(0, elsewhere.status(), elsewhere.stderr());
        assertTrue(elsewhere.stdout().contains("Model"), elsewhere.stdout());
    }

    /** {@code n} ed25519 keys the server knows nothing of, made once with ssh-keygen (no passphrase). */
    private static List<Path> strangersKeys(String name, int n) throws Exception {
        List<Path> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path key = folder.resolve(name + i);
            Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
                    .redirectErrorStream(true).start();
            assertTrue(keygen.waitFor(60, TimeUnit.SECONDS) && keygen.exitValue() == 0, "ssh-keygen " + key);
            keys.add(key);
        }
        return keys;
    }

    @Test
    void aClientOfferingKeyAfterWrongKeyIsClosedAtTheTriesLimit() throws Exception {
        OpenSsh.Result result = ssh.execWithKeysFrom("127.0.0.6", "admin", strangersKeys("many", 5), "show version");
        assertEquals(255, result.status(), result.toString());
        assertFalse(result.stdout().contains("Model"), result.stdout());
        assertTrue(result.stderr().contains("Received disconnect from 127.0.0.1 port " + served.port()
                + ":14: Too many authentication failures"), "3 keys refused close the connection: " + result.stderr());
    }

    @Test
    void anAddressOfferingWrongKeysIsRefusedWhileAnotherStillLogsIn() throws Exception {
        List<Path> stranger = strangersKeys("one", 1);
        for (int i = 0; i < 4; i++) {
            OpenSsh.Result wrong = ssh.execWithKeysFrom("127.0.0.7", "admin", stranger, "show version");
            assertTrue(wrong.stderr().contains("Permission denied (publickey"), "key " + i + ": " + wrong.stderr());
        }
        OpenSsh.Result refused = ssh.execWithPasswordFrom("127.0.0.7", "admin", "Admin123", "show version");
        assertEquals(255, refused.status(), refused.toString());
        assertFalse(refused.stdout().contains("Model"), "the right password got in during the penalty");
        assertFalse(refused.stderr().contains("Permission denied"), "refused before any password: " + refused.stderr());
        OpenSsh.Result elsewhere = ssh.execWithPasswordFrom("127.0.0.8", "admin", "Admin123", "show version");
        assertEquals(0, elsewhere.status(), elsewhere.stderr());
        assertTrue(elsewhere.stdout().contains("Model"), elsewhere.stdout());
    }

    @Test
    void oneLoginNameHoldsABoundedNumberOfSessions() throws Exception {
        try (io.fpsh.ssh.SshFtd first = served.connect(); io.fpsh.ssh.SshFtd second = served.connect()) {
            io.fpsh.device.TargetException third = org.junit.jupiter.api.Assertions.assertThrows(
                    io.fpsh.device.TargetException.class, served::connect);
            assertFalse(third.getMessage().contains("Exception"), "one line for the user: " + third.getMessage());
            assertTrue(first.isOpen() && second.isOpen(), "the sessions already open are kept");
        }
        try (io.fpsh.ssh.SshFtd again = served.connect()) {
            assertTrue(again.isOpen(), "a closed session frees its place");
        }
    }
}
