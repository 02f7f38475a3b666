package io.fpsh.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.net.server.OpenSslSubjectHash;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Netns;
import io.fpsh.testkind.RealTool;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The local target against the real curl 7.88 and nslookup/dig 9.18 on the SAME system resolver: both run inside a
 * private network namespace that has only {@code lo} and its own resolv.conf ({@code nameserver 127.0.0.53}, which
 * {@code ip netns exec} mounts over /etc/resolv.conf; likewise its own /etc/hosts), with {@link NamespaceLabServers} as the only servers. So no
 * query reaches the host's resolver and no packet leaves 127.0.0.0/8. Needs root and iproute2 (CI runs as root);
 * skipped otherwise.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Netns
@RealTool
@ExtraJvm
class LocalNamespaceTest {

    private static final Duration LIMIT = Duration.ofSeconds(25);
    private static final List<String> FAST_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static String ip;
    private static String namespace;
    private static Path netnsEtc;
    private static Path work;
    private static Path caFile;
    /** A CApath with the CA under its c_rehash name; {@link #caFile}'s own directory has no hashed names. */
    private static Path hashedDir;
    private static Process servers;

    @BeforeAll
    static void startNamespace() throws Exception {
        assumeTrue(isRoot(), "needs root to create a network namespace");
        Optional<String> iproute = Stream.of("/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip")
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        assumeTrue(iproute.isPresent(), "iproute2 (ip) not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")) && Files.isExecutable(Path.of("/usr/bin/nslookup"))
                && Files.isExecutable(Path.of("/usr/bin/dig")), "real curl, nslookup or dig not installed");
        ip = iproute.get();
        String name = "fpsh-test-" + UUID.randomUUID().toString().substring(0, 8);
        assumeTrue(ToolRun.process(LIMIT, List.of(ip, "netns", "add", name)).exit() == 0,
                "cannot create a network namespace here");
        namespace = name;
        assertEquals(0, ToolRun.process(LIMIT, List.of(ip, "-n", namespace, "link", "set", "lo", "up")).exit());
        netnsEtc = Path.of("/etc/netns", namespace);
        Files.createDirectories(netnsEtc);
        Files.writeString(netnsEtc.resolve("resolv.conf"), "nameserver 127.0.0.53\n");
        // mounted over /etc/hosts too: a name only the "files" source knows
        Files.writeString(netnsEtc.resolve("hosts"), "127.0.0.1\tlocalhost\n127.0.0.10\tftd01-hosts.lab.test\n");
        work = Files.createTempDirectory("fpsh-local-ns");
        caFile = work.resolve("ca.pem");
        servers = startServers();
        hashedDir = Files.createDirectories(work.resolve("capath"));
        X509Certificate ca;
        try (var in = Files.newInputStream(caFile)) {
            ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Files.copy(caFile, hashedDir.resolve(OpenSslSubjectHash.of(ca) + ".0"));
    }

    @AfterAll
    static void deleteNamespace() throws Exception {
        if (servers != null) {
            servers.getOutputStream().close();
            if (!servers.waitFor(3, TimeUnit.SECONDS)) servers.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
        }
        if (namespace != null) ToolRun.process(LIMIT, List.of(ip, "netns", "delete", namespace));
        deleteTree(netnsEtc);
        deleteTree(work);
    }

    /** Each case: the exit status both must give (so that a case cannot pass by failing the same wrong way), the line. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "0 | nslookup api-sse.lab.test",
            "0 | nslookup multi.lab.test",
            "1 | nslookup nosuch.lab.test",
            "1 | nslookup broken.lab.test",
            "1 | nslookup -timeout=1 -retry=1 slow.lab.test",
            "0 | nslookup 127.0.0.10",
            "1 | nslookup 127.0.0.99",
            "0 | nslookup 127.0.0.10 127.0.0.53",
            "1 | nslookup 127.0.0.99 127.0.0.53",
            "0 | dig +short api-sse.lab.test",
            "0 | curl -sS --cacert CA_FILE https://api-sse.lab.test/",
            "60 | curl -sS https://api-sse.lab.test/",
            "0 | curl -sS -o /dev/null -w '%{http_code}\\n' --cacert CA_FILE https://api-sse.lab.test/",
            "0 | curl -sS --capath HASHED_DIR https://api-sse.lab.test/",
            "60 | curl -sS --capath UNHASHED_DIR https://api-sse.lab.test/",
            "6 | curl -sS https://nosuch.lab.test/",
            "6 | curl -sS http://broken.lab.test/",
            "7 | curl -sS https://ftd01.lab.test/",
            "28 | curl -sS --connect-timeout 2 https://blackhole.lab.test/",
            "7 | curl -sS https://ftd01-hosts.lab.test/",
            "1 | nslookup ftd01-hosts.lab.test"})
    void fpshMatchesTheRealToolOnTheSameResolver(int exit, String typed) throws Exception {
        String line = typed.replace("CA_FILE", caFile.toString())
                .replace("UNHASHED_DIR", caFile.getParent().toString()).replace("HASHED_DIR", hashedDir.toString());
        ToolRun real = ToolRun.process(LIMIT, inNamespace(List.of("/bin/bash", "-c", line))).masked();
        ToolRun fpsh = ToolRun.process(LIMIT, inNamespace(java(LocalLineMain.class.getName(), line))).masked();
        assertEquals(exit, real.exit(), () -> "the real tool: " + real);
        assertEquals(real, fpsh);
    }

    private static Process startServers() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(inNamespace(java(NamespaceLabServers.class.getName(),
                caFile.toString())));
        builder.redirectError(work.resolve("servers.err").toFile());
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String ready;
        try {
            ready = firstLine.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            ready = null;
        }
        if (!"ready".equals(ready)) {
            process.destroyForcibly();
            throw new AssertionError("the namespace servers did not start: " + Files.readString(work.resolve("servers.err")));
        }
        return process;
    }

    private static List<String> inNamespace(List<String> command) {
        List<String> full = new ArrayList<>(List.of(ip, "netns", "exec", namespace));
        full.addAll(command);
        return full;
    }

    /** This JVM with the test classpath (surefire names it; its manifest-only jar would do as well). */
    private static List<String> java(String mainClass, String argument) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(FAST_JVM);
        command.addAll(List.of("-cp", classpath, mainClass, argument));
        return command;
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        try {
            return ToolRun.process(LIMIT, List.of("id", "-u")).stdout().strip().equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }
}
