package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.drive.CapturingIo;
import io.fpsh.target.Targets;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 12 §7 over real SSH (the OpenSSH client), logged in as a student: the served shell reaches only the
 * simulated device. Host files and commands stay out of reach, no socket goes anywhere the lab does not map, and a
 * session that prints, writes or types without end is contained while another session is served meanwhile. The
 * server's limits are small here so each case takes a moment.
 */
@Sshd
class ServeContainmentTest {
    /** The guide's DNS lab as an exam: its solution may not be shown (written to the class folder at start). */
    private static final String EXAM = String.join("\n",
            "base: ftd01-dns",
            "name: ftd01-dns-exam",
            "description: the DNS lab, solution withheld",
            "teaching:",
            "  title: The DNS server that never answers",
            "  story: Find out why the device cannot reach the SSE cloud.",
            "  objectives:",
            "    - resolves: api-sse.cisco.com",
            "  hints:",
            "    - Start where the guide starts.",
            "  solution:",
            "    - configure network dns servers 192.0.2.11",
            "  allowSolution: false",
            "  allowFix: false",
            "");
    private static String lab;
    private static final ServeLimits LIMITS = limits("output=65536", "commands-per-second=100", "command-burst=50",
            "type-ahead=4096");

    @TempDir
    static Path folder;
    private static ServedLab served;
    private static OpenSsh ssh;
    /** A real server on the host's loopback that the lab never opened: nothing in the served shell may reach it. */
    private static ServerSocket hostService;
    private static final AtomicInteger hostConnections = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass"), "needs openssh-client and sshpass");
        Path labFile = Files.writeString(folder.resolve("ftd01-dns-exam.yaml"), EXAM);
        lab = labFile.toString();
        served = ServedLab.start(lab, folder, LIMITS);
        ssh = new OpenSsh(served.port(), folder);
        hostService = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!hostService.isClosed()) {
                try (Socket ignored = hostService.accept()) {
                    hostConnections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "host-service");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (served != null) {
            served.close();
        }
        if (hostService != null) {
            hostService.close();
        }
    }

    private static ServeLimits limits(String... changes) {
        ServeLimits limits = ServeLimits.DEFAULTS;
        try {
            for (String change : changes) {
                limits = limits.with(change);
            }
        } catch (ServeException e) {
            throw new AssertionError(e);
        }
        return limits;
    }

    private static OpenSsh.Result student(String command) throws Exception {
        return ssh.execWithPassword(ServedLab.USER, ServedLab.PASSWORD, command);
    }

    @Test
    void aHostFileIsNotReadableAndAHostCommandDoesNotRun() throws Exception {
        Path secret = Files.writeString(folder.resolve("host-secret.txt"), "HOST-ONLY-MARKER\n");
        Path planted = folder.resolve("made-by-the-student");
        OpenSsh.Result result = student("expert; cat " + secret + "; ls " + folder + "; python3 -c 1; sh -c 'touch "
                + planted + "'; echo x > " + planted + "; sudo -n touch " + planted + "; cat /etc/shadow");
        String all = result.stdout() + result.stderr();
        assertFalse(all.contains("HOST-ONLY-MARKER"), all);
        assertTrue(result.stderr().contains("cat: " + secret + ": No such file or directory"), result.stderr());
        assertTrue(result.stderr().lines().anyMatch(l -> l.startsWith("ls: cannot access ") && l.contains(folder.toString())
                && l.endsWith(": No such file or directory")), result.stderr());
        assertTrue(result.stderr().contains("python3: command not found"), result.stderr());
        assertFalse(Files.exists(planted), "a command of the served shell made a file on the host");
    }

    @Test
    void neitherTheLabFileNorAWithheldSolutionIsReadable() throws Exception {
        OpenSsh.Result result = student(":lab solution; expert; cat " + lab + "; grep -r allowSolution /tmp /home /root /etc");
        String all = result.stdout() + result.stderr();
        assertTrue(result.stderr().contains("fpsh: lab ftd01-dns-exam does not allow its solution to be shown"), all);
        assertTrue(result.stderr().contains("cat: " + lab + ": No such file or directory"), all);
        assertFalse(all.contains("configure network dns servers 192.0.2.11"), all);
        assertFalse(all.contains("allowSolution"), all);
    }

    @Test
    void theRootListedIsTheSimulatedDevicesNotTheHosts() throws Exception {
        OpenSsh.Result result = student("expert; cd /; pwd; ls");
        assertEquals(0, result.status(), result.stderr());
        String expected = inProcess("expert; cd /; pwd; ls");
        assertEquals(expected.substring(expected.indexOf("/\n")), result.stdout().substring(result.stdout().indexOf("/\n")));
        assertTrue(result.stdout().contains("ngfw"), result.stdout());
        assumeTrue(Files.isDirectory(Path.of("/work")) || Files.isDirectory(Path.of("/snap")), "a host-only folder");
        assertFalse(result.stdout().lines().anyMatch(l -> l.matches(".*\\b(work|snap)\\b.*")), result.stdout());
    }

    @Test
    void theHostsLoopbackPortsAreRefusedWithoutASocketReachingThem() throws Exception {
        int port = hostService.getLocalPort();
        int serve = served.port();
        OpenSsh.Result result = student("expert; curl -sS http://127.0.0.1:" + port + "/; curl -sS http://localhost:"
                + port + "/; curl -sS 'http://[::ffff:127.0.0.1]:" + port + "/'; curl -sS http://127.0.0.2:" + port
                + "/; nc -zv 127.0.0.1 " + port + "; telnet 127.0.0.1 " + port + "; openssl s_client -connect 127.0.0.1:"
                + port + " </dev/null; curl -sS http://127.0.0.1:" + serve + "/; nc -zv 127.0.0.1 " + serve);
        String err = result.stderr() + result.stdout();
        assertTrue(err.contains("curl: (7) Failed to connect to 127.0.0.1 port " + port + ": Connection refused"), err);
        assertTrue(err.contains("curl: (7) Failed to connect to localhost port " + port + ": Connection refused"), err);
        assertTrue(err.contains("curl: (7) Failed to connect to 127.0.0.2 port " + port + ": Connection refused"), err);
        assertTrue(err.contains("nc: connect to 127.0.0.1 port " + port + " (tcp) failed: Connection refused"), err);
        assertTrue(err.contains("telnet: Unable to connect to remote host: Connection refused"), err);
        assertTrue(err.contains("connect:errno=111"), err);
        assertTrue(err.contains("curl: (7) Failed to connect to 127.0.0.1 port " + serve + ": Connection refused"), err);
        assertFalse(err.contains("SSH-2.0-"), "the server's own port answered inside the lab: " + err);
        assertEquals(0, hostConnections.get(), "a connection reached the host's loopback");
    }

    @Test
    void addressesOutsideTheLabAndOtherSchemesFailAsAnUnreachableNetwork() throws Exception {
        OpenSsh.Result result = student("expert; curl -sS https://8.8.8.8/; curl -sS file:///etc/passwd;"
                + " curl -sS dict://127.0.0.1:11211/stat; curl -sS gopher://127.0.0.1/; ping -c 1 8.8.8.8;"
                + " nc -zv 9.9.9.9 443; host -W 1 example.com 127.0.0.53");
        String all = result.stdout() + result.stderr();
        assertTrue(all.contains("curl: (7) Failed to connect to 8.8.8.8 port 443: No route to host"), all);
        assertTrue(all.contains("curl: (1) Protocol \"file\" not supported or disabled in libcurl"), all);
        assertTrue(all.contains("curl: (1) Protocol \"dict\" not supported or disabled in libcurl"), all);
        assertTrue(all.contains("curl: (1) Protocol \"gopher\" not supported or disabled in libcurl"), all);
        assertTrue(all.contains("Destination Host Unreachable"), all);
        assertTrue(all.contains("nc: connect to 9.9.9.9 port 443 (tcp) failed: No route to host"), all);
        assertTrue(all.contains(";; connection timed out; no servers could be reached"), all);
        assertFalse(all.contains("root:x:0:0"), all);
    }

    @Test
    void aCommandPrintingWithoutEndIsStoppedAtTheOutputLimit() throws Exception {
        OpenSsh.Result result = student("expert; awk 'BEGIN { while (1) print \"y\" }'; echo after");
        String printed = result.stdout().substring(result.stdout().indexOf("y\ny\n"));
        assertTrue(printed.length() <= 65536 + "after\n".length(), "printed " + printed.length() + " bytes");
        assertTrue(result.stderr().contains("fpsh: output stopped after 65536 bytes: the limit per command of this server"),
                result.stderr());
        assertTrue(result.stdout().endsWith("after\n"), "the session went on after the stop");
    }

    @Test
    void writesIntoTheSimulatedFilesStopAtTheirQuota() throws Exception {
        OpenSsh.Result result = student("expert; awk 'BEGIN { while (1) print \"" + "0123456789".repeat(100) + "\" }'"
                + " > /tmp/big; ls -l /tmp/big; echo more >> /tmp/big; > /tmp/big; wc -c /tmp/big; echo small > /tmp/big; cat /tmp/big");
        assertTrue(result.stderr().contains("-bash: /tmp/big: No space left on device"), result.stderr());
        assertTrue(result.stdout().contains(" " + io.fpsh.sim.expert.MapFileSystem.WRITTEN_BYTES_QUOTA + " "),
                "the file filled the quota exactly: " + result.stdout());
        assertTrue(result.stdout().endsWith("0 /tmp/big\nsmall\n"), "emptied, the file takes writes again: " + result.stdout());
    }

    @Test
    void aFloodOfCommandsIsSlowedNotCutAndAnotherSessionIsServedMeanwhile() throws Exception {
        int lines = 350; // at 100 a second after a burst of 50: 3 s at least
        StringBuilder flood = new StringBuilder("expert");
        for (int i = 1; i <= lines; i++) {
            flood.append("; echo line").append(i);
        }
        long started = System.nanoTime();
        CompletableFuture<OpenSsh.Result> flooding = CompletableFuture.supplyAsync(() -> {
            try {
                return student(flood.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        TimeUnit.MILLISECONDS.sleep(500);
        OpenSsh.Result other = student("show version");
        assertEquals(0, other.status(), other.stderr());
        assertTrue(other.stdout().contains("Model"), other.stdout());
        assertFalse(flooding.isDone(), "the flood was not slowed: it ended before the other session was served");
        OpenSsh.Result result = flooding.get(60, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(lines, result.stdout().lines().filter(l -> l.startsWith("line")).count(), "a line was lost");
        assertTrue(result.stdout().endsWith("line" + lines + "\n"), result.stdout());
        assertTrue(millis >= 3000, lines + " lines at 100 a second after 50 took " + millis + " ms");
    }

    @Test
    void aPasteLargerThanTheTypeAheadWaitsInTheClientAndLosesNothing() throws Exception {
        StringBuilder paste = new StringBuilder("expert\n");
        int lines = 250; // about 15 KiB through a 4 KiB type-ahead, at 100 lines a second after the burst
        for (int i = 1; i <= lines; i++) {
            paste.append("echo pasted").append(i).append(" ").append("x".repeat(40)).append('\n');
        }
        OpenSsh.Result result = ssh.shellWithoutTerminal(ServedLab.PASSWORD, paste + "exit\nexit\n");
        // without a tty nothing echoes the lines: each output line follows the prompt
        assertEquals(lines, result.stdout().lines().filter(l -> l.matches(".*\\bpasted[0-9]+ x{40}")).count(),
                result.stderr());
        assertTrue(result.stdout().contains("pasted" + lines + " "), result.stdout());
    }

    private static String inProcess(String commands) throws Exception {
        CapturingIo io = CapturingIo.answering();
        try (Device device = Targets.open(lab)) {
            for (String line : commands.split("; ")) {
                device.run(line, io);
            }
        }
        return io.text();
    }
}
