package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.shell.SshFtdAgainstServeTest.Capture;
import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.ssh.ChangeGuard;
import io.fpsh.ssh.ChangePolicy;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Commands that change a real device, over SSH to {@code fpsh serve} in this JVM: asked for, refused under
 * {@code -c} without {@code --allow-changes}, never sent with {@code --read-only}; labs are never guarded.
 */
@Sshd
@ExtraJvm
class ConnectChangeGuardTest {
    private static final String LAB = "lab:ftd01-dns";
    private static final String CHANGE_THEN_SHOW = "conf net dns servers 192.0.2.11; show network";

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static Path key;
    private static Path knownHosts;

    @BeforeAll
    static void start() throws Exception {
        key = SshAgentProcess.newKey(folder, "id_ed25519", "ed25519", "");
        Path users = folder.resolve("users");
        Files.writeString(users, "admin:" + SshAgentProcess.publicKey(key) + "\n");
        server = FtdSshServer.start(new ServeSettings(LAB, "127.0.0.1", 0, users, false, folder.resolve("home")));
        knownHosts = folder.resolve("known_hosts");
        SshFtd.connect(options().withUnknownHostKeys(UnknownHostKeys.ACCEPT_AND_SAVE)).close();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static SshOptions options() {
        return new SshOptions("127.0.0.1", server.port(), "admin", List.of(key), null, knownHosts,
                UnknownHostKeys.REFUSE, Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(15),
                Duration.ofSeconds(30));
    }

    private static String address() {
        return "admin@127.0.0.1:" + server.port();
    }

    @Test
    void underDashCAChangeIsRefusedInOneLineAndNotSent() {
        Run run = connect("", "-c", CHANGE_THEN_SHOW, address());
        assertEquals(0, run.status(), "the status of the last command: " + run.err());
        assertEquals("fpsh: not sent: 'conf net dns servers 192.0.2.11' changes the device; add --allow-changes to send it\n",
                run.err());
        assertTrue(run.out().contains("DNS Servers               : 192.0.2.10\n"), run.out());

        Run alone = connect("", "-c", "configure network dns servers 192.0.2.11", address());
        assertEquals(ChangeGuard.NOT_SENT, alone.status());
    }

    @Test
    void withAllowChangesTheChangeIsSentAndShows() {
        Run run = connect("", "--allow-changes", "-c", CHANGE_THEN_SHOW, address());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("DNS Servers               : 192.0.2.11\n"), run.out());
    }

    @Test
    void readOnlyNeverSendsAChangeButReadsPass() {
        Run run = connect("", "--read-only", "--allow-changes", "-c", "show network", address());
        assertEquals(FpshException.USAGE, run.status());
        assertEquals("fpsh: --read-only and --allow-changes cannot be used together\n", run.err());

        Run readOnly = connect("", "--read-only", "-c", "expert; sudo su -; cat /etc/resolv.conf", address());
        assertEquals(0, readOnly.status(), readOnly.err());
        assertEquals("fpsh: not sent: 'sudo su -' changes the device and this session is --read-only\n", readOnly.err());
        assertTrue(readOnly.out().contains("nameserver 192.0.2.10"), readOnly.out());
    }

    @Test
    void aPipedSessionHasNobodyToAskAndConnectInsideIsGuardedToo() {
        Run run = connect(":disconnect\n:connect " + address() + "\nconf net dns servers 192.0.2.11\nshow network\n",
                "-i", key.toString(), "--known-hosts", knownHosts.toString(), address());
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("fpsh: not sent: 'conf net dns servers 192.0.2.11' changes the device; add --allow-changes to send it\n"),
                run.out());
        assertTrue(run.out().contains("DNS Servers               : 192.0.2.10\n"), run.out());
    }

    @Test
    void interactivelyTheUserIsAskedAndOnlyYesSends() throws Exception {
        try (Device guarded = ChangeGuard.guard(SshFtd.connect(options()), ChangePolicy.ASK)) {
            Capture no = new Capture("n");
            assertEquals(ChangeGuard.NOT_SENT, guarded.run("conf net dns servers 192.0.2.11", no));
            assertEquals(List.of("This command changes the device. Send it? [y/N]: "), no.questions());
            assertEquals("fpsh: not sent\n", no.text());

            Capture nothing = new Capture(); // end of input at the question
            assertEquals(ChangeGuard.NOT_SENT, guarded.run("reboot", nothing));

            Capture reads = new Capture();
            assertEquals(0, guarded.run("show network", reads));
            assertEquals(List.of(), reads.questions(), "a read is never asked about");
            assertTrue(reads.text().contains("DNS Servers               : 192.0.2.10\n"), reads.text());

            Capture yes = new Capture("Yes");
            assertEquals(0, guarded.run("conf net dns servers 192.0.2.11", yes));
            Capture after = new Capture();
            guarded.run("show network", after);
            assertTrue(after.text().contains("DNS Servers               : 192.0.2.11\n"), after.text());
        }
    }

    @Test
    void labsAreNeverGuarded() throws Exception {
        try (Device lab = io.fpsh.target.Targets.open(LAB)) {
            assertSame(lab, ChangeGuard.guard(lab, ChangePolicy.READ_ONLY));
        }
        Run run = run("", "--lab", "ftd01-dns", "--read-only", "-c", CHANGE_THEN_SHOW);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("DNS Servers               : 192.0.2.11\n"), run.out());
    }

    @Test
    void targetSshIsGuardedAndAllowChangesLetsTheChangeThrough() throws Exception {
        Path home = FpshProcess.tempHome();
        Files.createDirectories(home.resolve(".ssh"));
        Files.copy(key, home.resolve(".ssh/id_ed25519"));
        Files.copy(knownHosts, home.resolve(".ssh/known_hosts"));
        String target = "ssh://" + address();
        FpshProcess.Result refused = FpshProcess.runOnLab(home, "", "--target", target, "-c", CHANGE_THEN_SHOW);
        assertEquals(0, refused.exitStatus(), refused.err());
        assertEquals("fpsh: not sent: 'conf net dns servers 192.0.2.11' changes the device; add --allow-changes to send it\n",
                refused.err());
        assertTrue(refused.out().contains("DNS Servers               : 192.0.2.10\n"), refused.out());

        FpshProcess.Result sent = FpshProcess.runOnLab(home, "", "--target", target, "--allow-changes", "-c", CHANGE_THEN_SHOW);
        assertEquals(0, sent.exitStatus(), sent.err());
        assertFalse(sent.err().contains("not sent"), sent.err());
        assertTrue(sent.out().contains("DNS Servers               : 192.0.2.11\n"), sent.out());
    }

    private record Run(int status, String out, String err) {}

    /** {@code fpsh connect} with this server's key and known_hosts, then {@code args}. */
    private static Run connect(String input, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("connect", "-i", key.toString(), "--known-hosts",
                knownHosts.toString()));
        if (args.length > 0 && args[0].equals("-i")) {
            all = new java.util.ArrayList<>(List.of("connect"));
        }
        all.addAll(List.of(args));
        return run(input, all.toArray(String[]::new));
    }

    private static Run run(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                DeviceOpener.standard(), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
