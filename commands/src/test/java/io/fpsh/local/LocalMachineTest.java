package io.fpsh.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.target.Targets;
import io.fpsh.net.dns.TestDnsServer;
import io.fpsh.testkind.RealTool;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbill.DNS.Rcode;

/**
 * The local target without a network namespace: clish refusals, the prompt, the files the shell may see, and
 * differential runs against the real curl and nslookup that only ever touch 127.0.0.1 (an explicit server,
 * a closed port), never the host's resolver.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@RealTool
class LocalMachineTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static TestDnsServer dns;
    private static Path root;

    @BeforeAll
    static void start(@TempDir Path temp) throws IOException {
        dns = TestDnsServer.start()
                .a("api-sse.lab.test", "127.0.0.30")
                .a("multi.lab.test", "127.0.0.42", "127.0.0.43")
                .rcode("broken.lab.test", Rcode.SERVFAIL);
        root = temp.resolve("root");
        Files.createDirectories(root.resolve("etc"));
        // never used for a lookup here: every DNS case names its server
        Files.writeString(root.resolve("etc/resolv.conf"), "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n");
        Files.writeString(root.resolve("etc/hosts"), "127.0.0.1\tlocalhost\n127.0.1.1\tjump.example jump\n");
    }

    @AfterAll
    static void stop() {
        dns.close();
    }

    private static LocalMachine machine() {
        return new LocalMachine(new HostIdentity("alice", "jump", "/home/alice", "/home/alice"), new HostFiles(root));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"show network", "configure manager add 192.0.2.1 key", "expert", "  show   version "})
    void clishCommandsAnswerOneLineAndStatus1(String line) {
        ToolRun run = ToolRun.onDevice(machine(), line);
        String expected = "fpsh: '" + line.strip()
                + "' is not available on the local target (it is a clish command of an FTD)\n";
        assertEquals(new ToolRun("", expected, 1), run);
    }

    @Test
    void startsInTheUsersOwnShellWithoutBanner() {
        LocalMachine machine = machine();
        assertEquals("alice@jump:~$ ", machine.prompt());
        assertEquals("", machine.banner());
        assertEquals(io.fpsh.device.Mode.EXPERT, machine.mode());
        assertEquals(new ToolRun("alice\njump\nalice /home/alice\n", "", 0),
                ToolRun.onDevice(machine, "whoami; hostname; echo $USER $HOME"));
    }

    @Test
    void exitClosesTheSession() {
        LocalMachine machine = machine();
        assertEquals(0, ToolRun.onDevice(machine, "exit").exit());
        assertFalse(machine.isOpen());
    }

    @Test
    void theShellSeesResolvConfAndHostsOnly() {
        LocalMachine machine = machine();
        ToolRun resolv = ToolRun.onDevice(machine, "cat /etc/resolv.conf");
        assertEquals("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n", resolv.stdout());
        assertEquals(new ToolRun("127.0.0.1\tlocalhost\n", "", 0), ToolRun.onDevice(machine, "grep localhost /etc/hosts"));
        assertEquals(new ToolRun("", "cat: /etc/passwd: No such file or directory\n", 1),
                ToolRun.onDevice(machine, "cat /etc/passwd"));
        assertEquals(2, ToolRun.onDevice(machine, "ls /home/alice/.ssh").exit()); // GNU ls: 2
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ps", "netstat", "lsof", "pmtool", "sudo"})
    void commandsOfTheFtdAreNotFound(String name) {
        assertEquals(new ToolRun("", "-bash: " + name + ": command not found\n", 127),
                ToolRun.onDevice(machine(), name));
    }

    @Test
    void targetsOpenLocal() throws TargetException {
        try (Device device = Targets.open("local")) {
            assertTrue(device instanceof LocalMachine);
            assertEquals("local", device.targetName());
            assertTrue(device.prompt().endsWith(":~$ ") || device.prompt().endsWith("$ "));
        }
    }

    @ParameterizedTest(name = "curl {0}")
    // with -s: curl's progress meter (stdout not a terminal) is not emulated
    @ValueSource(strings = {"-sS http://127.0.0.1:PORT/", "-s http://127.0.0.1:PORT/",
            "-sS http://localhost:PORT/"})
    void curlToAClosedPortMatchesRealCurl(String words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "real curl not installed");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // closed again before the runs: connections are refused
        }
        String args = words.replace("PORT", String.valueOf(port));
        List<String> command = new ArrayList<>(List.of("/usr/bin/curl"));
        command.addAll(Arrays.asList(args.split(" ")));
        ToolRun real = ToolRun.process(LIMIT, command).masked();
        assertEquals(real, ToolRun.onDevice(machine(), "curl " + args).masked());
        assertEquals(7, real.exit());
    }

    @ParameterizedTest(name = "nslookup {0}")
    @ValueSource(strings = {"api-sse.lab.test", "multi.lab.test", "nosuch.lab.test", "broken.lab.test",
            "-type=A api-sse.lab.test"})
    void nslookupWithAnExplicitServerMatchesRealNslookup(String words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/nslookup")), "real nslookup not installed");
        String args = "-port=" + dns.port() + " " + words + " 127.0.0.1";
        List<String> command = new ArrayList<>(List.of("/usr/bin/nslookup"));
        command.addAll(Arrays.asList(args.split(" ")));
        ToolRun real = ToolRun.process(LIMIT, command).masked(dns.port());
        assertEquals(real, ToolRun.onDevice(machine(), "nslookup " + args).masked(dns.port()));
    }

    @Test
    void digShortWithAnExplicitServerMatchesRealDig() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dig")), "real dig not installed");
        String args = "+short -p " + dns.port() + " @127.0.0.1 multi.lab.test";
        List<String> command = new ArrayList<>(List.of("/usr/bin/dig"));
        command.addAll(Arrays.asList(args.split(" ")));
        assertEquals(ToolRun.process(LIMIT, command), ToolRun.onDevice(machine(), "dig " + args));
    }
}
