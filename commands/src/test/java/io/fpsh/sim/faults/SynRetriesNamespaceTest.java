package io.fpsh.sim.faults;

import io.fpsh.testkind.Netns;
import io.fpsh.testkind.RealTool;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * fpsh's curl 7.88 on the no-events lab (eventing-ingest's two addresses dropped, the kernel's tcp_syn_retries
 * lowered to 1 in the lab file) next to the real curl 7.88 in a private network namespace where a firewall rule
 * drops the SYNs to the same two addresses' port 443 and {@code net.ipv4.tcp_syn_retries} is 1 too. Same words, same
 * exit status, about the same time. Needs root, iproute2 and iptables (CI runs as root, .ci/run installs them);
 * skipped otherwise. No packet leaves the namespace's {@code lo}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@Netns
@RealTool
class SynRetriesNamespaceTest {
    private static final String HOST = "eventing-ingest.sse.itd.cisco.com";
    /** The lab's addresses of HOST, in its DNS order, and the namespace's stand-ins for them. */
    private static final List<String> LAB = List.of("198.51.100.246", "198.51.100.234");
    private static final List<String> NAMESPACE = List.of("127.0.0.2", "127.0.0.3");

    private static String ip;
    private static String namespace;
    private static Path netnsEtc;

    @TempDir
    Path dir;

    @BeforeAll
    static void namespaceDroppingSyns() throws Exception {
        assumeTrue(run(List.of("id", "-u")).stdout().strip().equals("0"), "needs root to create a network namespace");
        Optional<String> iproute = firstExecutable("/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip");
        Optional<String> iptables = firstExecutable("/usr/sbin/iptables", "/sbin/iptables", "/usr/bin/iptables");
        assumeTrue(iproute.isPresent() && iptables.isPresent(), "iproute2 or iptables not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "real curl not installed");
        ip = iproute.get();
        String name = "fpsh-syn-" + UUID.randomUUID().toString().substring(0, 8);
        assumeTrue(run(List.of(ip, "netns", "add", name)).exit() == 0, "cannot create a network namespace here");
        namespace = name;
        assertEquals(0, run(List.of(ip, "-n", namespace, "link", "set", "lo", "up")).exit());
        assertEquals(0, inNamespace("/bin/sh", "-c", "echo 1 > /proc/sys/net/ipv4/tcp_syn_retries").exit());
        for (String address : NAMESPACE) {
            Run rule = inNamespace(iptables.get(), "-A", "INPUT", "-p", "tcp", "-d", address, "--dport", "443", "-j", "DROP");
            assumeTrue(rule.exit() == 0, () -> "iptables cannot add a rule here: " + rule.stderr());
        }
        // ip netns exec mounts these over /etc/hosts: the name has both addresses, in the lab's order
        netnsEtc = Files.createDirectories(Path.of("/etc/netns", namespace));
        StringBuilder hosts = new StringBuilder("127.0.0.1\tlocalhost\n");
        for (String address : NAMESPACE) hosts.append(address).append('\t').append(HOST).append('\n');
        Files.writeString(netnsEtc.resolve("hosts"), hosts);
    }

    @AfterAll
    static void deleteNamespace() throws Exception {
        if (namespace != null) run(List.of(ip, "netns", "delete", namespace));
        if (netnsEtc != null) {
            Files.deleteIfExists(netnsEtc.resolve("hosts"));
            Files.deleteIfExists(netnsEtc);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "curl -v -sS https://" + HOST + "/",
            "curl -sS https://" + HOST + "/",
            "curl -v -sS --connect-timeout 2 https://" + HOST + "/",
            "curl -v -sS -m 5 https://" + HOST + "/"})
    void fpshWaitsOutTheSynRetriesAsTheRealCurlDoes(String line) throws Exception {
        long realStart = System.nanoTime();
        Run real = inNamespace("/bin/bash", "-c", line);
        double realSeconds = (System.nanoTime() - realStart) / 1e9;
        try (FaultLab lab = ConnectorFaultLabsTest.noEventsWithSynRetries(dir, 1, "7.88.1").asRoot()) {
            long start = System.nanoTime();
            io.fpsh.drive.CapturingIo fpsh = lab.run(line, real.exit());
            double fpshSeconds = (System.nanoTime() - start) / 1e9;
            String fpshErr = fpsh.stderr();
            for (int i = 0; i < LAB.size(); i++) fpshErr = fpshErr.replace(LAB.get(i), NAMESPACE.get(i));
            assertEquals(masked(real.stderr()), masked(fpshErr));
            assertTrue(Math.abs(fpshSeconds - realSeconds) < 2, () -> "fpsh took " + fpshSeconds + " s, curl " + realSeconds + " s");
        }
    }

    /**
     * fpsh's local target inside the same namespace: its sockets are real, so the kernel's own ETIMEDOUT ends each
     * attempt, and fpsh must report it as curl does (not as a refusal).
     */
    @org.junit.jupiter.api.Test
    void theLocalTargetReportsTheKernelsTimeoutAsCurlDoes() throws Exception {
        String line = "curl -v -sS https://" + HOST + "/";
        Run real = inNamespace("/bin/bash", "-c", line);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Run fpsh = inNamespace(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", classpath, "io.fpsh.local.LocalLineMain", line);
        assertEquals(real.exit(), fpsh.exit(), () -> fpsh.stderr());
        assertEquals(masked(real.stderr()), masked(fpsh.stderr()));
    }

    /** What differs from run to run: the milliseconds curl counted ("after 999ms, move on!" too). */
    private static String masked(String text) {
        return text.replaceAll("after \\d+ ?(ms|milliseconds)", "after N $1");
    }

    private record Run(String stdout, String stderr, int exit) {}

    private static Run inNamespace(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of(ip, "netns", "exec", namespace));
        full.addAll(List.of(command));
        return run(full);
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 30 s");
        }
        return new Run(out.join(), err.join(), process.exitValue());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<String> firstExecutable(String... paths) {
        return Stream.of(paths).filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }
}
