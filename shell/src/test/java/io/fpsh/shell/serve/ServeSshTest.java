package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.target.Targets;
import io.fpsh.drive.CapturingIo;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code fpsh serve} on the default lab, driven by the real OpenSSH client (sshpass for exec, expect on a pty). */
@Sshd
class ServeSshTest {
    private static final String LAB = "lab:ftd01-dns";
    private static final String LOGIN = "expect \"password: \"\nsend \"Admin123\\r\"\n";
    private static final String PROMPT = "expect -re \"\\r\\n> $\"\n";

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static OpenSsh ssh;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass") && OpenSsh.installed("expect"),
                "needs openssh-client, sshpass and expect (apt-get install -y openssh-client sshpass expect)");
        server = FtdSshServer.start(new ServeSettings(LAB, "127.0.0.1", 0, null, false, folder.resolve("home")));
        ssh = new OpenSsh(server.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void execPrintsWhatTheDevicePrintsAndExitsZero() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", "show version");
        assertEquals(0, result.status(), result.stderr());
        assertEquals(runInProcess("show version"), result.stdout());
        assertFalse(result.stdout().contains("\r"), "exec without a pty keeps LF line ends");
    }

    @Test
    void execOfABadCommandExitsOneWithTheClishError() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", "show bogus");
        assertEquals(1, result.status());
        assertTrue((result.stdout() + result.stderr()).contains("Syntax error: Illegal parameter"), result.toString());
    }

    @Test
    void execRunsSemicolonSeparatedCommandsInOrder() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", "expert; whoami; pwd");
        assertEquals(0, result.status(), result.stderr());
        assertTrue(result.stdout().endsWith("admin\n/home/admin\n"), result.stdout());
    }

    @Test
    void sudoInAnExecWithoutAPtyRefusesForWantOfATerminal() throws Exception {
        OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", "expert; sudo whoami");
        assertEquals(1, result.status(), result.toString());
        assertFalse(result.stdout().contains("root"), "nothing ran: " + result.stdout());
        assertTrue(result.stderr().endsWith("sudo: a terminal is required to read the password; either use the -S option"
                + " to read from standard input or configure an askpass helper\nsudo: a password is required\n"), result.stderr());
    }

    @Test
    void sudoInAnExecWithAPtyAsksForThePassword() throws Exception {
        OpenSsh.Result result = ssh.expect(folder, "set timeout 20\nspawn SSH -t admin@127.0.0.1 {expert; sudo whoami}\n"
                + LOGIN + "expect \"Password:\"\nsend \"Admin123\\r\"\n" + OpenSsh.EXIT_WITH_SSH);
        assertEquals(0, result.status(), result.stdout());
        assertTrue(result.stdout().endsWith("Password:\r\nroot\r\n"), result.stdout());
    }

    @Test
    void shellWithoutAPtyReadsPlainLinesAndKeepsStderrApart() throws Exception {
        OpenSsh.Result result = ssh.shellWithoutTerminal("Admin123", "show version\nexpert\nsudo su -\nAdmin123\nwhoami\n");
        assertEquals(0, result.status(), result.stderr());
        assertTrue(result.stdout().contains("\n> ---------------------[ ftd01 ]"), "no echo, LF only: " + result.stdout());
        assertTrue(result.stdout().contains("admin@ftd01:~$ Password:\nroot@ftd01:~# root\nroot@ftd01:~# "), result.stdout());
        assertFalse(result.stdout().contains("\r") || result.stdout().contains("Admin123"), result.stdout());
        assertTrue(result.stderr().contains("We trust you have received the usual lecture"), result.stderr());
    }

    @Test
    void everyConnectionGetsItsOwnCopyOfTheLab() throws Exception {
        OpenSsh.Result change = ssh.execWithPassword("admin", "Admin123", "configure network hostname changed01");
        assertEquals(0, change.status(), change.stderr());
        OpenSsh.Result next = ssh.execWithPassword("admin", "Admin123", "show network");
        assertTrue(next.stdout().contains("Hostname                  : ftd01\n"), next.stdout());
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        OpenSsh.Result result = ssh.expect(folder, "set timeout 20\nspawn SSH -o NumberOfPasswordPrompts=1 admin@127.0.0.1\n"
                + "expect \"password: \"\nsend \"Admin124\\r\"\n" + OpenSsh.EXIT_WITH_SSH);
        assertEquals(255, result.status(), result.stdout());
        assertTrue(result.stdout().contains("Permission denied (publickey,password)."), result.stdout());
    }

    @Test
    void interactiveSessionLooksLikeTheRealBox() throws Exception {
        OpenSsh.Result result = ssh.expect(folder, "set timeout 20\nspawn SSH -tt admin@127.0.0.1\n" + LOGIN + PROMPT
                + "send \"show network\\r\"\n" + PROMPT
                + "send \"expert\\r\"\nexpect -re {admin@ftd01:~\\$ $}\n"
                + "send \"sudo su -\\r\"\nexpect \"Password:\"\nsend \"Admin123\\r\"\nexpect -re {root@ftd01:~# $}\n"
                + "send \"whoami\\r\"\nexpect -re {\\r\\nroot\\r\\nroot@ftd01:~# $}\n"
                + "send \"exit\\r\"\nexpect -re {admin@ftd01:~\\$ $}\n"
                + "send \"exit\\r\"\n" + PROMPT
                + "send \"exit\\r\"\n" + OpenSsh.EXIT_WITH_SSH);
        String screen = result.stdout();
        assertEquals(0, result.status(), screen);
        String banner = runInProcessBanner().replace("\n", "\r\n");
        assertTrue(screen.contains(banner + "> show network\r\n"), screen);
        assertTrue(screen.contains("Hostname                  : ftd01\r\n"), screen);
        assertTrue(screen.contains("\r\n> expert\r\n"), screen);
        assertTrue(screen.contains("Password:\r\nroot@ftd01:~# whoami\r\nroot\r\n"), screen);
        assertFalse(screen.substring(screen.indexOf("password: ")).contains("Admin123"), "a password was echoed");
        assertTrue(screen.contains("\r\n> exit\r\n"), screen);
    }

    @Test
    void lineEditingAndTypeAheadWorkOverSsh() throws Exception {
        // Backspace, Ctrl-U and an arrow key are edited away; two lines sent at once both run (type-ahead kept).
        OpenSsh.Result result = ssh.expect(folder, "set timeout 20\nspawn SSH -tt admin@127.0.0.1\n" + LOGIN + PROMPT
                + "send \"junk\\025show verx\\177sion\\033\\[A\\rshow network\\r\"\n"
                + "expect -re {Authentication +: Disabled\\r\\n> $}\n"
                + "send \"\\004\"\n" + OpenSsh.EXIT_WITH_SSH);
        String screen = result.stdout();
        assertEquals(0, result.status(), screen);
        assertTrue(screen.contains("Model                     : "), screen);
        assertFalse(screen.contains("Syntax error"), screen);
        assertTrue(screen.contains("\r\n> show network\r\n"), screen);
    }

    @Test
    void typedAheadLinesMeetQuestionMarkAndTabInTheModeTheyAreReadIn() throws Exception {
        // All sent at once, before any prompt: '?' is text in expert mode, help back at the clish; TAB completes there.
        OpenSsh.Result result = ssh.expect(folder, "set timeout 20\nspawn SSH -tt admin@127.0.0.1\n" + LOGIN + PROMPT
                + "send \"expert\\recho a?b\\rexit\\rsh?ow netw\\t\\r\"\n"
                + "expect -re {Authentication +: Disabled\\r\\n> $}\n"
                + "send \"exit\\r\"\n" + OpenSsh.EXIT_WITH_SSH);
        String screen = result.stdout();
        assertEquals(0, result.status(), screen);
        assertTrue(screen.contains("admin@ftd01:~$ echo a?b\r\na?b\r\n"), screen);
        assertTrue(screen.contains("\r\n> sh?\r\n  show                Display system information\r\n> show network\r\n"),
                screen);
        assertTrue(screen.contains("Hostname                  : ftd01\r\n"), screen);
    }

    @Test
    void ctrlCCancelsARunningCommand() throws Exception {
        // The default lab's resolver never answers: curl waits 2 x 5 s unless cancelled.
        OpenSsh.Result result = ssh.expect(folder, "set timeout 20\nspawn SSH -tt admin@127.0.0.1\n" + LOGIN + PROMPT
                + "send \"expert\\r\"\nexpect -re {:~\\$ $}\n"
                + "send \"curl -v -k https://api-sse.cisco.com\\r\"\nexpect \"* Rebuilt URL to\"\n"
                + "set pressed [clock milliseconds]\nsleep 0.3\nsend \"\\003\"\nexpect -re {:~\\$ $}\n"
                + "puts \"\\nWAITED [expr {[clock milliseconds] - $pressed}]\"\n"
                + "send \"exit\\r\"\n" + PROMPT + "send \"exit\\r\"\n" + OpenSsh.EXIT_WITH_SSH);
        String screen = result.stdout();
        assertEquals(0, result.status(), screen);
        assertTrue(screen.contains("^C"), screen);
        assertFalse(screen.contains("Could not resolve host"), "curl ended by itself:\n" + screen);
        int waited = Integer.parseInt(screen.replaceAll("(?s).*WAITED (\\d+).*", "$1"));
        assertTrue(waited < 3_000, "the prompt came back after " + waited + " ms:\n" + screen);
    }

    @Test
    void hostKeyIsKeptOwnerOnlyAndReused() throws Exception {
        Path key = folder.resolve("home").resolve("serve").resolve(HostKey.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())));
        try (FtdSshServer second = FtdSshServer.start(
                new ServeSettings(LAB, "127.0.0.1", 0, null, false, folder.resolve("home")))) {
            assertEquals(server.hostKeyFingerprint(), second.hostKeyFingerprint());
        }
    }

    private static String runInProcess(String line) throws Exception {
        CapturingIo io = CapturingIo.answering();
        try (Device device = Targets.open(LAB)) {
            device.run(line, io);
        }
        return io.text();
    }

    private static String runInProcessBanner() throws Exception {
        try (Device device = Targets.open(LAB)) {
            return device.banner();
        }
    }
}
