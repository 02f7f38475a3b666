package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.device.SessionFailure;
import io.fpsh.device.TargetException;
import io.fpsh.target.Targets;
import io.fpsh.drive.CapturingIo;
import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SshFtd} (SSHJ) driving {@code fpsh serve} (MINA SSHD) in this JVM, on 127.0.0.1. */
class SshFtdAgainstServeTest {
    private static final String LAB = "lab:ftd01-dns";
    private static final String PASSWORD = "Admin123";

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static Path knownHosts;

    @BeforeAll
    static void start() throws Exception {
        server = FtdSshServer.start(new ServeSettings(LAB, "127.0.0.1", 0, null, false, folder.resolve("home")));
        knownHosts = folder.resolve("known_hosts");
        // Trust on first use writes the server's key; every other test then checks against it.
        try (SshFtd first = SshFtd.connect(options(server.port(), knownHosts)
                .withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE))) {
            assertTrue(first.isOpen());
        }
        assertTrue(Files.readString(knownHosts).startsWith("[127.0.0.1]:" + server.port() + " ssh-ed25519 "),
                Files.readString(knownHosts));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static SshOptions options(int port, Path knownHostsFile) {
        return SshOptions.of("127.0.0.1", port, "admin", prompt -> PASSWORD.toCharArray(), knownHostsFile);
    }

    private static SshFtd connect() throws TargetException {
        return SshFtd.connect(options(server.port(), knownHosts));
    }

    @Test
    void bannerAndFirstPromptAreTheDevicesOwn() throws Exception {
        try (SshFtd ftd = connect(); Device local = Targets.open(LAB)) {
            assertEquals(local.banner(), ftd.banner());
            assertEquals(Mode.CLISH, ftd.mode());
            assertEquals("> ", ftd.prompt());
            assertEquals("ssh://admin@127.0.0.1:" + server.port(), ftd.targetName());
        }
    }

    @Test
    void showVersionIsByteEqualToTheInProcessDevice() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture remote = new Capture();
            assertEquals(0, ftd.run("show version", remote));
            assertEquals(inProcess("show version"), remote.text());
            Capture abbreviated = new Capture();
            assertEquals(0, ftd.run("sh ver", abbreviated), "sent expanded as 'show version'");
            assertEquals(remote.text(), abbreviated.text());
        }
    }

    @Test
    void syntaxErrorInTheClishIsStatusOne() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture io = new Capture();
            assertEquals(1, ftd.run("show bogus", io));
            assertTrue(io.text().contains("Syntax error: Illegal parameter"), io.text());
            assertEquals(Mode.CLISH, ftd.mode());
        }
    }

    @Test
    void expertThenRootWithTheSudoPasswordAndLinuxStatuses() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture io = new Capture();
            assertEquals(0, ftd.run("expert", io));
            assertEquals(Mode.EXPERT, ftd.mode());
            assertEquals("admin@ftd01:~$ ", ftd.prompt());
            assertTrue(io.text().contains("NOTICE - Shell access will be deprecated"), io.text());

            Capture sudo = new Capture(PASSWORD);
            assertEquals(0, ftd.run("sudo su -", sudo));
            assertEquals(Mode.ROOT, ftd.mode());
            assertEquals(List.of("Password:"), sudo.questions());
            assertFalse(sudo.text().contains(PASSWORD), "the password was echoed: " + sudo.text());
            assertFalse(sudo.text().contains("Password:"), "the question is the front end's to show");

            Capture whoami = new Capture();
            assertEquals(0, ftd.run("whoami", whoami));
            assertEquals("root\n", whoami.text());

            Capture ls = new Capture();
            assertEquals(2, ftd.run("ls /nope; ", ls));
            assertTrue(ls.text().startsWith("ls: cannot access '/nope': No such file or directory"), ls.text());
            assertFalse(ls.text().contains("__FPSH_RC"), ls.text());

            Capture status = new Capture();
            assertEquals(0, ftd.run("echo $?", status));
            assertEquals("2\n", status.text(), "the driver's hidden query gave $? back with (exit 2)");

            assertEquals(1, ftd.run("false", new Capture()));
            Capture falseStatus = new Capture();
            assertEquals(0, ftd.run("echo $?", falseStatus));
            assertEquals("1\n", falseStatus.text(), "the simulator runs the subshell (exit 1) as bash does");

            assertEquals(0, ftd.run("exit", new Capture()));
            assertEquals(Mode.EXPERT, ftd.mode());
            assertEquals(0, ftd.run("exit", new Capture()));
            assertEquals(Mode.CLISH, ftd.mode());
            assertEquals(0, ftd.run("exit", new Capture()));
            assertFalse(ftd.isOpen());
        }
    }

    @Test
    void wrongOrMissingSudoPasswordsLeaveTheExpertPrompt() throws Exception {
        try (SshFtd ftd = connect()) {
            ftd.run("expert", new Capture());
            Capture wrong = new Capture("nope1", "nope2", "nope3");
            assertEquals(1, ftd.run("sudo su -", wrong));
            assertEquals(List.of("Password:", "Password:", "Password:"), wrong.questions());
            assertTrue(wrong.text().contains("sudo: 3 incorrect password attempts"), wrong.text());
            assertEquals(Mode.EXPERT, ftd.mode());

            Capture none = new Capture(); // end of input at the question: the dialog is abandoned with Ctrl-C
            assertEquals(1, ftd.run("sudo su -", none));
            assertEquals(List.of("Password:"), none.questions());
            assertEquals(Mode.EXPERT, ftd.mode());
            assertTrue(ftd.isOpen());
        }
    }

    @Test
    void cancelBringsTheExpertPromptBackQuickly() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (SshFtd ftd = connect()) {
            ftd.run("expert", new Capture());
            long[] cancelledAt = new long[1];
            String[] shownBeforeCancel = new String[1];
            Capture io = new Capture();
            timer.schedule(() -> {
                shownBeforeCancel[0] = io.text();
                cancelledAt[0] = System.nanoTime();
                ftd.cancel();
            }, 700, TimeUnit.MILLISECONDS);
            // The default lab's resolver never answers: curl would wait 2 x 5 s on its own.
            int status = ftd.run("curl -v -k https://api-sse.cisco.com", io);
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt[0]);
            assertEquals(130, status, io.text());
            assertEquals(Mode.EXPERT, ftd.mode());
            assertFalse(io.text().contains("Could not resolve host"), "curl ended by itself: " + io.text());
            assertTrue(shownBeforeCancel[0].startsWith("* Rebuilt URL to: https://api-sse.cisco.com/\n"),
                    "output is streamed as it comes: " + shownBeforeCancel[0]);
            assertFalse(io.text().contains("^C"), "the front end shows its own ^C: " + io.text());
            assertTrue(waited < 2_000, "the prompt came back " + waited + " ms after Ctrl-C");
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void aCommandPastItsDeadlineIsInterruptedAndTheSessionGoesOn() throws Exception {
        try (SshFtd ftd = connect()) {
            ftd.run("expert", new Capture());
            ftd.setCommandDeadline(Duration.ofMillis(500));
            Capture io = new Capture();
            int status = ftd.run("curl -v -k https://api-sse.cisco.com", io);
            assertEquals(124, status);
            assertTrue(io.text().endsWith("fpsh: no prompt from 127.0.0.1 after 0.5 s (interrupted it with Ctrl-C)\n"),
                    io.text());
            assertTrue(ftd.isOpen(), "curl ends on Ctrl-C, and its prompt puts the session back in step");
            assertEquals(Mode.EXPERT, ftd.mode());
            ftd.setCommandDeadline(Duration.ofSeconds(30));
            Capture whoami = new Capture();
            assertEquals(0, ftd.run("whoami", whoami));
            assertEquals("admin\n", whoami.text());
        }
    }

    @Test
    void diagnosticCliEnableErrorsAndDetachWithCtrlAD() throws Exception {
        try (SshFtd ftd = connect()) {
            Capture attach = new Capture();
            assertEquals(0, ftd.run("sys sup diag", attach), "sent expanded: " + attach.text());
            assertEquals("Attaching to Diagnostic CLI ... Press 'Ctrl+a then d' to detach.\n"
                    + "Type help or '?' for a list of available commands.\n\n", attach.text());
            assertEquals(Mode.DIAGNOSTIC, ftd.mode());
            assertEquals("firepower> ", ftd.prompt());

            Capture enable = new Capture(""); // the enable password is empty: Enter
            assertEquals(0, ftd.run("enable", enable), enable.text());
            assertEquals(List.of("Password:"), enable.questions());
            assertEquals(Mode.DIAGNOSTIC_ENABLE, ftd.mode());
            assertEquals("firepower# ", ftd.prompt());

            Capture bogus = new Capture();
            assertEquals(1, ftd.run("show bogus", bogus), "LINA's ERROR line is a failed command");
            assertEquals(" ".repeat(16) + "^\nERROR: % Invalid input detected at '^' marker.\n", bogus.text());

            Capture version = new Capture();
            assertEquals(0, ftd.run("show version", version));
            assertTrue(version.text().endsWith("Cisco Adaptive Security Appliance Software Version 9.13(1)\n"),
                    version.text());

            Capture detach = new Capture();
            assertEquals(0, ftd.run("^Ad", detach), detach.text());
            assertEquals("Console connection detached.\n", detach.text());
            assertEquals(Mode.CLISH, ftd.mode());
            assertEquals("> ", ftd.prompt());

            assertEquals(0, ftd.run("system support diagnostic-cli", new Capture()));
            assertEquals(Mode.DIAGNOSTIC_ENABLE, ftd.mode(), "the console as it was left");
            assertEquals(0, ftd.run("disable", new Capture()));
            assertEquals(Mode.DIAGNOSTIC, ftd.mode());
            Capture exit = new Capture();
            assertEquals(0, ftd.run("exit", exit));
            assertEquals("Console connection detached.\n", exit.text());
            assertEquals(Mode.CLISH, ftd.mode());
            assertTrue(ftd.isOpen());
        }
    }

    @Test
    void hashedKnownHostsEntriesAreRead() throws Exception {
        String[] fields = Files.readString(knownHosts).strip().split(" ");
        Path hashed = folder.resolve("known_hosts.hashed");
        Files.writeString(hashed, "# hashed, as HashKnownHosts=yes writes it\n" + hashedHost(fields[0]) + " "
                + fields[1] + " " + fields[2] + "\n");
        try (SshFtd ftd = SshFtd.connect(options(server.port(), hashed))) {
            assertTrue(ftd.isOpen());
        }
    }

    @Test
    void unknownHostKeyIsRefusedInOneLineNamingTheFingerprint() throws Exception {
        Path empty = folder.resolve("known_hosts.empty");
        Files.writeString(empty, "");
        TargetException refused = assertThrows(TargetException.class,
                () -> SshFtd.connect(options(server.port(), empty)));
        String message = refused.getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("No ED25519 host key is known for [127.0.0.1]:" + server.port()), message);
        assertTrue(message.contains(server.hostKeyFingerprint()), message);
        assertEquals("", Files.readString(empty), "nothing saved when refusing");
    }

    @Test
    void changedHostKeyIsRefusedWithOpenSshsWarning() throws Exception {
        try (FtdSshServer other = FtdSshServer.start(
                new ServeSettings(LAB, "127.0.0.1", 0, null, false, folder.resolve("other-home")))) {
            // The first server's key, filed under the second server's address: the key "changed".
            Path wrong = folder.resolve("known_hosts.wrong");
            String host = "[127.0.0.1]:" + other.port();
            Files.writeString(wrong, Files.readString(knownHosts).replace("[127.0.0.1]:" + server.port(), host));
            TargetException refused = assertThrows(TargetException.class,
                    () -> SshFtd.connect(options(other.port(), wrong)));
            List<String> lines = refused.getMessage().lines().toList();
            assertEquals("@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @", lines.get(1));
            assertEquals("The fingerprint for the ED25519 key sent by the remote host is", lines.get(6));
            assertEquals(other.hostKeyFingerprint() + ".", lines.get(7));
            assertEquals("Offending ED25519 key in " + wrong + ":1", lines.get(10));
            assertEquals("  ssh-keygen -f \"" + wrong + "\" -R \"" + host + "\"", lines.get(12));
            assertEquals("Host key for " + host + " has changed and you have requested strict checking.", lines.get(13));
            assertEquals("Host key verification failed.", lines.get(14));
        }
    }

    @Sshd
    @Test
    void aKeyFileLogsInWithoutAPassword() throws Exception {
        Path key = folder.resolve("id_ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test",
                "-f", key.toString()).redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0,
                "needs ssh-keygen");
        Path users = folder.resolve("users");
        Files.writeString(users, "admin:" + Files.readString(key.resolveSibling("id_ed25519.pub")).strip() + "\n");
        try (FtdSshServer keyed = FtdSshServer.start(
                new ServeSettings(LAB, "127.0.0.1", 0, users, false, folder.resolve("keyed-home")))) {
            Path neverWritten = folder.resolve("known_hosts.once");
            SshOptions byKey = new SshOptions("127.0.0.1", keyed.port(), "admin", List.of(key), null, neverWritten,
                    (host, type, fingerprint) -> UnknownHostKeys.Decision.ACCEPT_ONCE, Duration.ofSeconds(5),
                    Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30));
            try (SshFtd ftd = SshFtd.connect(byKey)) {
                Capture io = new Capture();
                assertEquals(0, ftd.run("show version", io));
                assertEquals(inProcess("show version"), io.text());
            }
            assertFalse(Files.exists(neverWritten), "accept once saves nothing");
        }
    }

    @Test
    void wrongPasswordIsAClearError() {
        SshOptions wrong = SshOptions.of("127.0.0.1", server.port(), "admin", prompt -> "Admin124".toCharArray(),
                knownHosts);
        TargetException refused = assertThrows(TargetException.class, () -> SshFtd.connect(wrong));
        assertEquals("admin@127.0.0.1: Permission denied (publickey,password).", refused.getMessage());
    }

    @Test
    void refusedConnectionIsOneLine() throws Exception {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        TargetException refused = assertThrows(TargetException.class,
                () -> SshFtd.connect(options(closedPort, knownHosts)));
        assertEquals("ssh: connect to host 127.0.0.1 port " + closedPort + ": Connection refused", refused.getMessage());
    }

    @Test
    void sshTargetConnectsAtItsFirstCommandAskingThePasswordThroughItsIo() throws Exception {
        Path home = folder.resolve("user-home");
        Files.createDirectories(home.resolve(".ssh"));
        Files.copy(knownHosts, home.resolve(".ssh").resolve("known_hosts"));
        String userHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString()); // OpenSSH's default files, in a private home
        try (Device device = Targets.open("ssh://admin@127.0.0.1:" + server.port())) {
            assertEquals(Mode.CLISH, device.mode());
            Capture io = new Capture(PASSWORD);
            assertEquals(0, device.run("show version", io));
            assertEquals(List.of("admin@127.0.0.1's password: "), io.questions());
            assertEquals(inProcess("show version"), io.text(), "output only, as fpsh -c prints it");
            assertTrue(device.banner().contains("Cisco Firepower Threat Defense"), device.banner());
            assertTrue(device.isOpen());
        } finally {
            System.setProperty("user.home", userHome);
        }
    }

    @Test
    void malformedSshTargetsAreRefusedAtOnce() {
        TargetException refused = assertThrows(TargetException.class, () -> Targets.open("ssh://admin@fw:port"));
        assertEquals("target 'ssh://admin@fw:port': expected ssh://[user@]host[:port]", refused.getMessage());
    }

    /** {@code |1|salt|HMAC-SHA1(salt, host)}: OpenSSH's hashed host name. */
    private static String hashedHost(String host) throws Exception {
        byte[] salt = new byte[20];
        new SecureRandom().nextBytes(salt);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(salt, "HmacSHA1"));
        byte[] hash = mac.doFinal(host.getBytes(StandardCharsets.UTF_8));
        Base64.Encoder base64 = Base64.getEncoder();
        return "|1|" + base64.encodeToString(salt) + "|" + base64.encodeToString(hash);
    }

    private static String inProcess(String line) throws Exception {
        try (Device device = Targets.open(LAB)) {
            Capture io = new Capture();
            device.run(line, io);
            return io.text();
        }
    }

    /**
     * Output and errors in one buffer, as a terminal shows them; dialogs answered from a list, questions recorded: a
     * thin name for {@link CapturingIo#answering}, which the SSH tests share.
     */
    static final class Capture implements DeviceIo {
        private final CapturingIo io;

        Capture(String... answers) {
            this.io = CapturingIo.answering(answers);
        }

        String text() {
            return io.text();
        }

        List<String> questions() {
            return io.questions();
        }

        @Override public PrintStream out() { return io.out(); }

        @Override public PrintStream err() { return io.err(); }

        @Override public String readPassword(String prompt) { return io.readPassword(prompt); }

        @Override public String readLine(String prompt) { return io.readLine(prompt); }

        @Override public boolean canAskForPasswords() { return io.canAskForPasswords(); }

        @Override public void sessionFailed(SessionFailure failure, String message) { io.sessionFailed(failure, message); }
    }
}
