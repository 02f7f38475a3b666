package io.fpsh.shell.serve;

import io.fpsh.drive.CapturingIo;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code fpsh serve --fleet 1000}: distinct devices chosen by the login name, driven by OpenSSH and by SSHJ. */
@Sshd
class ServeFleetTest {
    private static final String PASSWORD = "Admin123";

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static OpenSsh ssh;

    @BeforeAll
    static void start() throws Exception {
        server = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, false,
                folder.resolve("home")).withFleet(1000));
        ssh = new OpenSsh(server.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static void assumeOpenSsh() {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("sshpass"), "needs openssh-client and sshpass");
    }

    private static OpenSsh.Result exec(String login, String command) throws Exception {
        return ssh.execWithPassword(login, PASSWORD, command);
    }

    private static String field(String showNetwork, String name) {
        return showNetwork.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("(no " + name + ")");
    }

    @Test
    void theSuffixOfTheLoginNameChoosesTheDeviceAndItsAddress() throws Exception {
        assumeOpenSsh();
        OpenSsh.Result result = exec("admin%ftd0042", "show network");
        assertEquals(0, result.status(), result.stderr());
        assertEquals("ftd0042", field(result.stdout(), "Hostname"));
        assertEquals("198.18.0.42", field(result.stdout(), "Address"));
        assertEquals("255.254.0.0", field(result.stdout(), "Netmask"));

        // admin@ftd0300@127.0.0.1 (ssh splits at the last '@') sends what ssh -l admin@ftd0300 does; past .255 the
        // addresses go on in the /15
        OpenSsh.Result other = exec("admin@ftd0300", "show network");
        assertEquals(0, other.status(), other.stderr());
        assertEquals("ftd0300", field(other.stdout(), "Hostname"));
        assertEquals("198.18.1.44", field(other.stdout(), "Address"));
    }

    @Test
    void eachDeviceHasItsOwnMacAddressAndUuid() throws Exception {
        assumeOpenSsh();
        assertEquals("00:50:56:80:00:2A", field(exec("admin%ftd0042", "show network").stdout(), "MAC Address"));
        assertEquals("00:50:56:80:01:2C", field(exec("admin%ftd0300", "show network").stdout(), "MAC Address"));
        // a time-based UUID whose node is the MAC; its time and clock parts are the lab's
        assertEquals("9d4b06f4-f4d2-11e9-8c86-00505680002a", field(exec("admin%ftd0042", "show version").stdout(), "UUID"));
    }

    @Test
    void anInteractiveSessionShowsTheDevicesNameInItsPrompts() throws Exception {
        assumeOpenSsh();
        assumeTrue(OpenSsh.installed("expect"), "needs expect");
        OpenSsh.Result result = ssh.expect(folder, "set timeout 20\nspawn SSH -tt admin%ftd0777@127.0.0.1\n"
                + "expect \"password: \"\nsend \"Admin123\\r\"\nexpect -re \"\\r\\n> $\"\n"
                + "send \"expert\\r\"\nexpect -re {\\r\\nadmin@ftd0777:~\\$ $}\n"
                + "send \"hostname\\r\"\nexpect -re {\\r\\nftd0777\\r\\nadmin@ftd0777:~\\$ $}\n"
                + "send \"exit\\r\"\nexpect -re \"\\r\\n> $\"\nsend \"exit\\r\"\n" + OpenSsh.EXIT_WITH_SSH);
        assertEquals(0, result.status(), result.stdout());
        assertTrue(result.stdout().contains("\r\nftd0777\r\nadmin@ftd0777:~$ exit\r\n"), result.stdout());
    }

    @Test
    void twoSuffixesAreTwoDevices() throws Exception {
        assumeOpenSsh();
        OpenSsh.Result change = exec("admin%ftd0007", "configure network dns servers 192.0.2.11");
        assertEquals(0, change.status(), change.stderr());
        assertEquals("192.0.2.11", field(exec("admin%ftd0007", "show network").stdout(), "DNS Servers"));
        assertEquals("192.0.2.10", field(exec("admin%ftd0008", "show network").stdout(), "DNS Servers"));
    }

    @Test
    void sessionsToOneSuffixShareTheDevice() throws Exception {
        assumeOpenSsh();
        try (SshFtd open = SshFtd.connect(options("admin%ftd0009"))) {
            CapturingIo before = CapturingIo.answering();
            assertEquals(0, open.run("show network", before));
            assertEquals("192.0.2.10", field(before.text(), "DNS Servers"));
            OpenSsh.Result change = exec("admin%ftd0009", "configure network dns servers 192.0.2.11");
            assertEquals(0, change.status(), change.stderr());
            CapturingIo after = CapturingIo.answering();
            assertEquals(0, open.run("show network", after));
            assertEquals("192.0.2.11", field(after.text(), "DNS Servers"), "the change made in the other session");
        }
    }

    @Test
    void aLoginWithoutSuffixReachesTheFirstDevice() throws Exception {
        assumeOpenSsh();
        OpenSsh.Result result = exec("admin", "show version");
        assertEquals(0, result.status(), result.stderr());
        assertTrue(result.stdout().contains("[ ftd0001 ]"), result.stdout());
    }

    @Test
    void anUnknownDeviceEndsTheSessionWithOneLine() throws Exception {
        assumeOpenSsh();
        for (String device : List.of("ftd1001", "ftd0000", "ftd42", "FTD0042x")) {
            OpenSsh.Result result = exec("admin%" + device, "show version");
            assertEquals(1, result.status(), device + ": " + result);
            assertEquals("fpsh: no device '" + device + "' in this fleet (ftd0001 to ftd1000)\n", result.stderr());
            assertEquals("", result.stdout());
        }
        OpenSsh.Result garbage = exec("admin%\u00e9\u00e9 x", "show version");
        assertEquals(1, garbage.status(), garbage.toString());
        assertEquals("fpsh: no device of that name in this fleet (ftd0001 to ftd1000)\n", garbage.stderr());
    }

    @Test
    void theAccountIsCheckedWhateverTheDevice() throws Exception {
        assumeOpenSsh();
        OpenSsh.Result wrong = ssh.execWithPassword("admin%ftd0042", "admin123", "show version");
        assertEquals(255, wrong.status(), wrong.toString());
        assertTrue(wrong.stderr().contains("Permission denied"), wrong.stderr());
        OpenSsh.Result nobody = ssh.execWithPassword("root%ftd0042", PASSWORD, "show version");
        assertEquals(255, nobody.status(), nobody.toString());
    }

    @Test
    void devicesInExpertModeShareTheLabsDnsServer() throws Exception {
        assumeOpenSsh();
        assumeTrue(Files.isReadable(Path.of("/proc/self/net/udp")), "counts sockets through Linux's /proc");
        String lookup = "configure network dns servers 192.0.2.11; expert; nslookup api-sse.cisco.com";
        int before = udpServerSockets();
        OpenSsh.Result first = exec("admin%ftd0201", lookup);
        assertEquals(0, first.status(), first.toString());
        assertTrue(first.stdout().contains("Address: 198.51.100.66"), first.stdout());
        int afterFirst = udpServerSockets();
        assertTrue(afterFirst - before <= 1, "one DNS server at most: " + before + " then " + afterFirst);
        OpenSsh.Result second = exec("admin%ftd0202", lookup);
        assertEquals(0, second.status(), second.toString());
        assertTrue(second.stdout().contains("Address: 198.51.100.66"), second.stdout());
        assertEquals(afterFirst, udpServerSockets(), "the second device asked the server the first one started");
    }

    /** This process's UDP sockets that listen (not connected): the lab's DNS servers, on 127.0.0.1. */
    private static int udpServerSockets() throws IOException {
        Set<String> ours = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : fds) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        ours.add(link.substring(8, link.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        int listening = 0;
        for (String table : List.of("/proc/self/net/udp", "/proc/self/net/udp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                // st 07 is "close" for UDP: bound and not connected; fields[9] is the inode
                if (fields.length > 9 && fields[3].equals("07") && ours.contains(fields[9])) {
                    listening++;
                }
            }
        }
        return listening;
    }

    @Test
    void aUsersFileKeyLogsIntoAnyDeviceOfTheFleet() throws Exception {
        assumeOpenSsh();
        assumeTrue(OpenSsh.installed("ssh-keygen"), "needs ssh-keygen");
        Path key = folder.resolve("fleet_ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test",
                "-f", key.toString()).redirectErrorStream(true).start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0, "ssh-keygen failed");
        Path users = folder.resolve("fleet-users");
        Files.writeString(users, "netops:" + Files.readString(folder.resolve("fleet_ed25519.pub")).strip() + "\n");
        try (FtdSshServer keyed = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, users, false,
                folder.resolve("home")).withFleet(5))) {
            OpenSsh keySsh = new OpenSsh(keyed.port(), folder);
            OpenSsh.Result result = keySsh.execWithKey("netops%ftd0003", key, "show network");
            assertEquals(0, result.status(), result.stderr());
            assertEquals("ftd0003", field(result.stdout(), "Hostname"));
            OpenSsh.Result otherAccount = keySsh.execWithKey("admin%ftd0003", key, "show network");
            assertEquals(255, otherAccount.status(), otherAccount.toString());
            assertTrue(otherAccount.stderr().contains("Permission denied"), otherAccount.stderr());
        }
    }

    @Test
    void fiftyDevicesAtOnceEachWithItsOwnPrompt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> prompts = new ArrayList<>();
            for (int n = 101; n <= 150; n++) {
                String device = FleetNames.hostname(n);
                prompts.add(pool.submit(() -> {
                    try (SshFtd ftd = SshFtd.connect(options("admin%" + device))) {
                        assertEquals("> ", ftd.prompt());
                        assertEquals(0, ftd.run("expert", CapturingIo.answering()));
                        return ftd.prompt();
                    }
                }));
            }
            for (int i = 0; i < prompts.size(); i++) {
                assertEquals("admin@" + FleetNames.hostname(101 + i) + ":~$ ", prompts.get(i).get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fleetAndSharedAreRefusedTogether() {
        ServeException refused = assertThrows(ServeException.class, () -> FtdSshServer.start(
                new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, true, folder.resolve("home")).withFleet(3)));
        assertEquals("--fleet and --shared do not go together: each fleet device is already shared by its sessions",
                refused.getMessage());
        for (int size : new int[] {0, -1, FleetNames.MAX_SIZE + 1}) {
            ServeException wrongSize = assertThrows(ServeException.class, () -> ServeSettings.checkFleetSize(size));
            assertTrue(wrongSize.getMessage().startsWith("--fleet " + size + ": give 1 to 131069 devices"),
                    wrongSize.getMessage());
        }
    }

    @Test
    void theCommandLineRefusesFleetWithSharedAndAFleetOfNone() throws Exception {
        assertEquals(new Refusal(2, "fpsh: serve: --fleet and --shared do not go together: each fleet device is"
                + " already shared by its sessions\n"), fpsh("serve", "--port", "0", "--fleet", "3", "--shared"));
        assertEquals(new Refusal(2, "fpsh: serve: --fleet 0: give 1 to 131069 devices (one address each in"
                + " 198.18.0.0/15)\n"), fpsh("serve", "--port", "0", "--fleet", "0"));
    }

    record Refusal(int status, String stderr) {}

    /** fpsh in a process of its own; it must refuse and exit, so a hang fails the test. */
    private static Refusal fpsh(String... args) throws Exception {
        Path stderr = folder.resolve("stderr-" + System.nanoTime());
        Process process = FpshJvm.builder(folder, args).redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("fpsh " + String.join(" ", args) + " did not exit");
        }
        return new Refusal(process.exitValue(), Files.readString(stderr));
    }

    /** Logs in over SSHJ, trusting only the key whose fingerprint the server announced. */
    private static SshOptions options(String login) {
        String expected = server.hostKeyFingerprint();
        return SshOptions.of("127.0.0.1", server.port(), login, prompt -> PASSWORD.toCharArray(),
                        folder.resolve("sshj_known_hosts"))
                .withUnknownHostKeys((host, type, fingerprint) -> fingerprint.equals(expected)
                        ? UnknownHostKeys.Decision.ACCEPT_ONCE : UnknownHostKeys.Decision.REFUSE);
    }
}
