package io.fpsh.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.device.Mode;
import io.fpsh.shell.SshFtdAgainstServeTest.Capture;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link SshFtd} against devices that fail mid-command ({@link ScriptedFtdServer}): every failure ends with one line
 * and a status, never a hang, and a recording keeps what arrived before the failure.
 */
@Sshd
class SshFtdFailureTest {
    @TempDir
    static Path folder;
    private static ScriptedFtdServer server;
    private static Path knownHosts;
    private static Path clientKey;

    @BeforeAll
    static void start() throws Exception {
        clientKey = folder.resolve("id_ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test",
                "-f", clientKey.toString()).redirectErrorStream(true).start();
        assumeTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0, "needs ssh-keygen");
        server = ScriptedFtdServer.start(folder, clientKey.resolveSibling("id_ed25519.pub"));
        knownHosts = folder.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine(server.port()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Password login; keepalives every second, so a silent peer is found out within seconds. */
    private static SshOptions options(int port, Path knownHostsFile) {
        return new SshOptions("127.0.0.1", port, "admin", List.of(), prompt -> ScriptedFtdServer.PASSWORD.toCharArray(),
                knownHostsFile, UnknownHostKeys.REFUSE, Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    private static SshFtd connect() throws Exception {
        return SshFtd.connect(options(server.port(), knownHosts));
    }

    @Test
    @Timeout(30)
    void aDeviceFrozenMidOutputEndsAtTheDeadlineShowsWhatCameAndIsDisconnected() throws Exception {
        try (SshFtd ftd = connect()) {
            ftd.setCommandDeadline(Duration.ofMillis(800));
            Capture io = new Capture();
            assertEquals(124, ftd.run("show freeze", io));
            // It ignores even the Ctrl-C that follows the deadline: whatever it sent later could not be told apart
            // from the next command's output, so the session is closed rather than left half in sync.
            assertEquals("partial 1\npartial 2\nfpsh: no prompt from 127.0.0.1 after 0.8 s (disconnected)\n", io.text());
            assertFalse(ftd.isOpen());
            Capture after = new Capture();
            assertEquals(255, ftd.run("show version", after));
            assertEquals("fpsh: not connected to 127.0.0.1\n", after.text());
        }
    }

    @Test
    @Timeout(30)
    void aSlowCommandPastTheDeadlineIsInterruptedAndTheSessionStaysUsable() throws Exception {
        try (SshFtd ftd = connect()) {
            ftd.setCommandDeadline(Duration.ofMillis(800));
            Capture io = new Capture();
            assertEquals(124, ftd.run("show slow", io));
            assertEquals("working\nfpsh: no prompt from 127.0.0.1 after 0.8 s (interrupted it with Ctrl-C)\n", io.text());
            assertTrue(ftd.isOpen());
            assertEquals(Mode.CLISH, ftd.mode());
            Capture next = new Capture();
            assertEquals(0, ftd.run("show version", next));
            assertTrue(next.text().startsWith("-------------------[ ftd01 ]"), "in step again: " + next.text());
        }
    }

    @Test
    @Timeout(30)
    void aConnectionDroppedMidOutputIsOneLineAndStatus255() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture io = new Capture();
            assertEquals(255, ftd.run("show drop", io));
            List<String> lines = io.text().lines().toList();
            assertEquals(List.of("before the drop 1", "before the drop 2"), lines.subList(0, 2), io.text());
            assertEquals(3, lines.size(), io.text());
            assertTrue(lines.get(2).startsWith("fpsh: lost the connection to 127.0.0.1: "), io.text());
            assertFalse(ftd.isOpen());
        }
    }

    @Test
    @Timeout(30)
    void aChannelClosedMidOutputSaysTheHostClosedIt() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture io = new Capture();
            assertEquals(255, ftd.run("show exit", io));
            assertEquals("before the end 1\nbefore the end 2\nfpsh: 127.0.0.1 closed the connection\n", io.text());
            assertFalse(ftd.isOpen());
        }
    }

    @Test
    @Timeout(60)
    void aDeviceThatVanishesSilentlyIsNoticedByKeepalivesLongBeforeTheDeadline() throws Exception {
        try (FreezingProxy proxy = new FreezingProxy(server.port())) {
            Path proxyKnownHosts = folder.resolve("known_hosts.proxy");
            Files.writeString(proxyKnownHosts, server.knownHostsLine(proxy.port()));
            try (SshFtd ftd = SshFtd.connect(options(proxy.port(), proxyKnownHosts))) {
                assertEquals(0, ftd.run("show version", new Capture()));
                proxy.freeze(); // no FIN, no RST: the packets just stop
                Capture io = new Capture();
                int status = ftd.run("show version", io);
                assertEquals(255, status, "not 124: keepalives, not the 60 s deadline, ended it; " + io.text());
                assertEquals(1, io.text().lines().count(), io.text());
                assertTrue(io.text().startsWith("fpsh: lost the connection to 127.0.0.1: "), io.text());
                assertTrue(io.text().contains("keep-alive"), io.text());
                assertFalse(ftd.isOpen());
            }
        }
    }

    @Test
    @Timeout(60)
    void connectRecordingADroppedSessionKeepsAValidCastWithTheOutputBeforeTheDrop() throws Exception {
        Path cast = folder.resolve("dropped.cast");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"connect", "-i", clientKey.toString(), "--known-hosts", knownHosts.toString(),
                        "--record", cast.toString(), "-c", "show version; show drop; show version",
                        "admin@127.0.0.1:" + server.port()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DeviceOpener.standard(), false);
        String errText = err.toString(StandardCharsets.UTF_8);
        assertEquals(255, status, errText);
        assertEquals(1, errText.lines().count(), errText);
        assertTrue(errText.startsWith("fpsh: lost the connection to 127.0.0.1: "), errText);
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("before the drop 1\nbefore the drop 2\n"), out.toString());

        List<String> lines = Files.readAllLines(cast, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(lines.get(0));
        assertEquals(2, header.get("version").asInt(), lines.get(0));
        StringBuilder screen = new StringBuilder();
        double last = 0;
        for (String line : lines.subList(1, lines.size())) {
            JsonNode event = json.readTree(line);
            assertTrue(event.isArray() && event.size() == 3, line);
            assertTrue(event.get(0).asDouble() >= last, "times only go forward: " + line);
            last = event.get(0).asDouble();
            assertEquals("o", event.get(1).asText(), line);
            screen.append(event.get(2).asText());
        }
        String shown = screen.toString();
        assertTrue(shown.contains("Model                     : Cisco Secure Firewall"), shown);
        assertTrue(shown.contains("before the drop 1\r\nbefore the drop 2\r\n"), shown);
        assertTrue(shown.endsWith(errText.replace("\n", "\r\n")), "the error line is the last event: " + shown);

        Path asciinema = Path.of("/usr/bin/asciinema");
        Path script = Path.of("/usr/bin/script");
        if (Files.isExecutable(asciinema) && Files.isExecutable(script)) {
            // asciinema cat opens /dev/tty: script(1) gives it a pty of its own
            Process cat = new ProcessBuilder(script.toString(), "-q", "-e", "-c", asciinema + " cat " + cast, "/dev/null")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true).start();
            String played = new String(cat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(cat.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, cat.exitValue(), played);
            assertTrue(played.contains("before the drop 2"), played);
        }
    }
}
