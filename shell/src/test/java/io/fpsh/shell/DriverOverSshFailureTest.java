package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.Mode;
import io.fpsh.target.Targets;
import io.fpsh.drive.CapturingIo;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DeviceDriver} over SSH against devices that fail mid-command ({@link ScriptedFtdServer}): a hung device
 * (output stops, no prompt) is TIMEOUT and a lost connection UNREACHABLE, within the deadline, with one line and no
 * stack trace; never a COMPLETED call whose status 124 or 255 a program would take for the command's own.
 */
class DriverOverSshFailureTest {
    /** What a cancelled call may take past its deadline: the driver's grace for Ctrl-C, and slack for a busy machine. */
    private static final Duration PAST_DEADLINE = Duration.ofSeconds(4);

    @TempDir
    static Path folder;
    private static ScriptedFtdServer server;
    private static Path knownHosts;

    @BeforeAll
    static void start() throws Exception {
        server = ScriptedFtdServer.start(folder, null);
        knownHosts = folder.resolve("known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine(server.port()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** {@code sessionDeadline}: how long the SSH session itself waits for a prompt; keepalives every second. */
    private static DeviceDriver driver(Duration sessionDeadline) throws Exception {
        return driver(server.port(), knownHosts, sessionDeadline);
    }

    private static DeviceDriver driver(int port, Path knownHostsFile, Duration sessionDeadline) throws Exception {
        SshOptions options = new SshOptions("127.0.0.1", port, "admin", List.of(),
                prompt -> ScriptedFtdServer.PASSWORD.toCharArray(), knownHostsFile, UnknownHostKeys.REFUSE,
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(1), sessionDeadline);
        return new DeviceDriver(SshFtd.connect(options), Credentials.none());
    }

    private static void assertOneLineNoStackTrace(CommandResult result) {
        assertNotNull(result.error(), result.toString());
        assertEquals(1, result.error().lines().count(), result.error());
        for (String text : List.of(result.error(), result.output())) {
            assertFalse(text.contains("Exception") || text.contains("\tat "), "a stack trace: " + text);
        }
    }

    private static void assertWithin(Duration deadline, CommandResult result) {
        assertTrue(result.duration().compareTo(deadline.plus(PAST_DEADLINE)) < 0,
                "took " + result.duration().toMillis() + " ms for a deadline of " + deadline.toMillis() + " ms");
    }

    @Test
    @Timeout(30)
    void aHungDeviceIsTimeoutAtTheDriversDeadlineAndTheSessionIsClosed() throws Exception {
        try (DeviceDriver driver = driver(Duration.ofSeconds(60)); Device device = driver.device()) {
            Duration deadline = Duration.ofMillis(1500);
            CommandResult result = driver.run(Mode.CLISH, "show freeze", deadline);
            assertEquals(CommandResult.Outcome.TIMEOUT, result.outcome(), result.toString());
            assertWithin(deadline, result);
            assertOneLineNoStackTrace(result);
            assertTrue(result.output().startsWith("partial 1\npartial 2\n"), "what came is kept: " + result.output());

            CommandResult next = driver.run(Mode.CLISH, "show version", Duration.ofSeconds(5));
            // the device was reached and hung: what follows is TIMEOUT too, at once (a fleet's hung device is TIMEOUT)
            assertEquals(CommandResult.Outcome.TIMEOUT, next.outcome(), next.toString());
            assertEquals("the session to " + device.targetName() + " was closed after 'show freeze' got no prompt"
                    + " within 1500 ms", next.error());
            assertOneLineNoStackTrace(next);
        }
    }

    @Test
    @Timeout(30)
    void aHungDeviceIsTimeoutWhenTheSessionsOwnDeadlineComesFirstNotACompletedStatus124() throws Exception {
        try (DeviceDriver driver = driver(Duration.ofMillis(800)); Device device = driver.device()) {
            Duration deadline = Duration.ofSeconds(10);
            CommandResult result = driver.run(Mode.CLISH, "show freeze", deadline);
            assertEquals(CommandResult.Outcome.TIMEOUT, result.outcome(), result.toString());
            assertEquals("no prompt from 127.0.0.1 after 0.8 s (disconnected)", result.error());
            assertWithin(deadline, result);
            assertOneLineNoStackTrace(result);
            assertFalse(driver.device().isOpen());
        }
    }

    @Test
    @Timeout(30)
    void aSlowCommandIsTimeoutThenInterruptedAndTheNextCallCompletes() throws Exception {
        try (DeviceDriver driver = driver(Duration.ofMillis(800)); Device device = driver.device()) {
            CommandResult result = driver.run(Mode.CLISH, "show slow", Duration.ofSeconds(10));
            assertEquals(CommandResult.Outcome.TIMEOUT, result.outcome(), result.toString());
            assertEquals("no prompt from 127.0.0.1 after 0.8 s (interrupted it with Ctrl-C)", result.error());
            assertOneLineNoStackTrace(result);

            CommandResult next = driver.run(Mode.CLISH, "show version", Duration.ofSeconds(5));
            assertEquals(CommandResult.Outcome.COMPLETED, next.outcome(), next.toString());
            assertTrue(next.output().startsWith("-------------------[ ftd01 ]"), "in step again: " + next.output());
        }
    }

    @Test
    @Timeout(30)
    void aDroppedConnectionIsUnreachableNotACompletedStatus255() throws Exception {
        try (DeviceDriver driver = driver(Duration.ofSeconds(60)); Device device = driver.device()) {
            Duration deadline = Duration.ofSeconds(10);
            CommandResult result = driver.run(Mode.CLISH, "show drop", deadline);
            assertEquals(CommandResult.Outcome.UNREACHABLE, result.outcome(), result.toString());
            assertTrue(result.error().startsWith("lost the connection to 127.0.0.1: "), result.error());
            assertWithin(deadline, result);
            assertOneLineNoStackTrace(result);
            assertTrue(result.output().startsWith("before the drop 1\nbefore the drop 2\n"), result.output());
        }
    }

    @Test
    @Timeout(30)
    void aChannelClosedMidOutputIsUnreachable() throws Exception {
        try (DeviceDriver driver = driver(Duration.ofSeconds(60)); Device device = driver.device()) {
            CommandResult result = driver.run(Mode.CLISH, "show exit", Duration.ofSeconds(10));
            assertEquals(CommandResult.Outcome.UNREACHABLE, result.outcome(), result.toString());
            assertEquals("127.0.0.1 closed the connection", result.error());
            assertOneLineNoStackTrace(result);
        }
    }

    @Test
    @Timeout(60)
    void aDeviceThatGoesSilentWithoutClosingIsUnreachableOnceKeepalivesGoUnanswered() throws Exception {
        try (FreezingProxy proxy = new FreezingProxy(server.port())) {
            Path proxyKnownHosts = folder.resolve("known_hosts.proxy");
            Files.writeString(proxyKnownHosts, server.knownHostsLine(proxy.port()));
            try (DeviceDriver driver = driver(proxy.port(), proxyKnownHosts, Duration.ofSeconds(60));
                 Device device = driver.device()) {
                assertTrue(driver.run(Mode.CLISH, "show version", Duration.ofSeconds(5)).completed());
                proxy.freeze(); // no FIN, no RST: the packets just stop
                Duration deadline = Duration.ofSeconds(30);
                CommandResult result = driver.run(Mode.CLISH, "show version", deadline);
                assertEquals(CommandResult.Outcome.UNREACHABLE, result.outcome(), result.toString());
                assertTrue(result.error().startsWith("lost the connection to 127.0.0.1: "), result.error());
                assertWithin(deadline, result);
                assertOneLineNoStackTrace(result);
            }
        }
    }

    @Test
    @Timeout(30)
    void anSshTargetThatCannotBeReachedAtItsFirstCommandIsUnreachableNotACompletedStatus255() throws Exception {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        Path home = folder.resolve("user-home");
        Files.createDirectories(home.resolve(".ssh"));
        String userHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString()); // OpenSSH's default files, in a private home
        try (Device target = Targets.open("ssh://admin@127.0.0.1:" + closedPort);
             DeviceDriver driver = new DeviceDriver(target, Credentials.none())) {
            CommandResult result = driver.run(Mode.CLISH, "show version", Duration.ofSeconds(10));
            assertEquals(CommandResult.Outcome.UNREACHABLE, result.outcome(), result.toString());
            assertEquals("ssh: connect to host 127.0.0.1 port " + closedPort + ": Connection refused", result.error());
            assertOneLineNoStackTrace(result);
        } finally {
            System.setProperty("user.home", userHome);
        }
    }

    @Test
    @Timeout(30)
    void anSshTargetThatLogsInButNeverShowsAPromptEndsByTheDriversDeadline() throws Exception {
        String userHome = homeKnowingTheServer("home-mute");
        try (Device target = Targets.open("ssh://" + ScriptedFtdServer.MUTE_USER + "@127.0.0.1:" + server.port());
             DeviceDriver driver = new DeviceDriver(target, loginPassword())) {
            Duration deadline = Duration.ofMillis(1500);
            CommandResult result = driver.run(Mode.CLISH, "show version", deadline);
            assertTrue(result.outcome() == CommandResult.Outcome.TIMEOUT
                    || result.outcome() == CommandResult.Outcome.UNREACHABLE, result.toString());
            assertWithin(deadline, result);
            assertOneLineNoStackTrace(result);
        } finally {
            System.setProperty("user.home", userHome);
        }
    }

    @Test
    @Timeout(30)
    void anSshConnectionThatArrivesAfterCloseIsClosed() throws Exception {
        String userHome = homeKnowingTheServer("home-late");
        try (Device target = Targets.open("ssh://" + ScriptedFtdServer.LATE_USER + "@127.0.0.1:" + server.port())) {
            CapturingIo io = new CapturingIo(question -> ScriptedFtdServer.PASSWORD, true);
            java.util.concurrent.CompletableFuture<Integer> first =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> target.run("show version", io));
            long loggedIn = waitFor(() -> server.openSessions(ScriptedFtdServer.LATE_USER) == 1, Duration.ofSeconds(10));
            assertTrue(loggedIn >= 0, "the server never saw the login");
            target.close(); // while the connection waits for its first prompt
            first.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(waitFor(() -> server.openSessions(ScriptedFtdServer.LATE_USER) == 0, Duration.ofSeconds(5)) >= 0,
                    "the session made after close() is still open on the server");
            assertFalse(target.isOpen());
        } finally {
            System.setProperty("user.home", userHome);
        }
    }

    /** Points user.home at a private home whose known_hosts has the server; returns the user's, to put back. */
    private static String homeKnowingTheServer(String name) throws Exception {
        Path home = folder.resolve(name);
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/known_hosts"), server.knownHostsLine(server.port()));
        String userHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        return userHome;
    }

    private static Credentials loginPassword() {
        return (user, question) -> java.util.Optional.of(ScriptedFtdServer.PASSWORD);
    }

    /** Milliseconds until {@code condition} held, or -1 when it did not within {@code limit}. */
    private static long waitFor(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                return -1;
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
