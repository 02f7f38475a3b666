import io.fpsh.device.Device;
import io.fpsh.device.Mode;
import io.fpsh.target.Targets;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.LabFile;
import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.Probes;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.network.LabNetwork;
import io.fpsh.ssh.SshFtd;
import io.fpsh.tools.curl.Curl;
import io.fpsh.tools.curl.CurlDialect;
import io.fpsh.tools.curl.CurlEnvironment;
import io.fpsh.tools.curl.CurlFiles;

import com.sun.management.OperatingSystemMXBean;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 9's speed figures, in a warm JVM: fpsh's curl -k in process next to /usr/bin/curl on the same lab server
 * (api-sse.cisco.com's loopback HTTPS server of ftd01-dns), curl -k in the root shell of the fixed default lab, and
 * every probe of {@link Probes#all()} in sequence through a {@link DeviceDriver}, on the fixed default lab in process
 * and over SSH against {@code fpsh serve} on loopback. Prints medians; asserts nothing (shared, noisy machines).
 *
 * <p>Run by bench/probes: {@code bench/java-with-support bench/ProbesBench.java ROOT}.
 */
public class ProbesBench {
    private static final String LAB = "ftd01-dns";
    private static final String FIX = "configure network dns servers 192.0.2.11";
    private static final String SERVER = "api-sse.cisco.com";
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int CURL_RUNS = 200;
    /** Untimed curl runs first: the JIT still compiles JSSE's and OkHttp's code after several hundred runs. */
    private static final int CURL_WARM_UP = 1500;
    /** Untimed probe runs first, whatever the number of probes: a warm JVM, as in a playbook or a fleet. */
    private static final int PROBE_WARM_UP = 2000;
    private static final int BINARY_RUNS = 30;
    private static final int LAB_ROUNDS = 50;
    private static final int SSH_ROUNDS = 30;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        LabFile lab = LabDevices.read(LAB);
        Credentials credentials = labCredentials(lab);
        sameServer(lab);
        try (Device device = Targets.open(Targets.DEFAULT); DeviceDriver driver = new DeviceDriver(device, credentials)) {
            expectCompleted(driver.run(Mode.CLISH, FIX, DEADLINE));
            curlOnTheLab(driver);
            probes("in process on " + Targets.DEFAULT, driver, LAB_ROUNDS);
        }
        overSsh(root, credentials);
    }

    // ------------------------------------------------------------------ curl -k, fpsh and /usr/bin/curl

    /** fpsh's Curl and /usr/bin/curl against the same lab HTTPS server, neither resolving the name. */
    private static void sameServer(LabFile lab) throws Exception {
        InetAddress address = InetAddress.getByName(lab.network().hosts().stream()
                .filter(h -> h.name().equals(SERVER)).findFirst().orElseThrow().addresses().get(0));
        try (LabNetwork network = new LabNetwork(lab, Instant::now)) {
            if (!(network.tcp(address, 443) instanceof VirtualNetwork.TcpRoute.Reach reach)) {
                throw new IllegalStateException(SERVER + ":443 is not reachable on " + LAB);
            }
            InetSocketAddress endpoint = reach.endpoint();
            HostResolver noNames = (host, deadline) -> new HostResolver.Resolution(host, HostResolver.Outcome.NOT_FOUND,
                    List.of(), null, Duration.ZERO);
            Curl curl = new Curl(new CurlEnvironment(network, noNames, CurlFiles.empty(), Instant::now, CurlDialect.MODERN,
                    "", false));
            String url = "https://" + SERVER + "/";
            List<String> inProcess = List.of("-s", "-k", "--resolve", SERVER + ":443:" + address.getHostAddress(), url);
            double fpsh = medianOf(CURL_WARM_UP, CURL_RUNS, () -> expectZero(curl.run(inProcess, nowhere(), nowhere())));
            List<String> binary = List.of("/usr/bin/curl", "-q", "-s", "-k", "--connect-to",
                    SERVER + ":443:" + endpoint.getAddress().getHostAddress() + ":" + endpoint.getPort(), url);
            double real = medianOf(BINARY_RUNS / 4, BINARY_RUNS, () -> expectZero(QuietProcess.run(binary)));
            String server = endpoint.getAddress().getHostAddress() + ":" + endpoint.getPort();
            System.out.printf("curl -k %s on the lab's server (%s): fpsh in process %.2f ms (median of %d), /usr/bin/curl"
                    + " process %.2f ms (median of %d): ratio %.2f (target <= 1)%n", url, server, fpsh, CURL_RUNS, real,
                    BINARY_RUNS, fpsh / real);
        }
    }

    /** Wall time, and the JVM's CPU time a run: a figure that a busy machine changes less. */
    private static void curlOnTheLab(DeviceDriver driver) {
        String line = "curl -s -k https://" + SERVER;
        Run curl = () -> expectCompleted(driver.run(Mode.ROOT, line, DEADLINE));
        double ms = medianOf(CURL_WARM_UP, CURL_RUNS, curl);
        // after the timed runs: the JIT, still compiling the TLS and OkHttp code early on, counts less
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        medianOf(0, CURL_RUNS, curl);
        double cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6 / CURL_RUNS;
        System.out.printf("%s in the root shell of %s after '%s': median %.2f ms over %d (target <= 10 ms),"
                + " process CPU %.2f ms a run (the lab's servers, GC and JIT included)%n", line, Targets.DEFAULT, FIX, ms, CURL_RUNS, cpuMs);
    }

    // ------------------------------------------------------------------ the probes

    /** Every probe in sequence, {@code rounds} times after untimed ones: per probe and per round. */
    private static void probes(String where, DeviceDriver driver, int rounds) {
        Map<Probe<?>, List<String>> runnable = new LinkedHashMap<>();
        for (Probe<?> probe : Probes.all()) {
            sampleArguments(probe).ifPresentOrElse(a -> runnable.put(probe, a),
                    () -> System.out.printf("  %s: no sample for its arguments '%s', left out%n", probe.name(), probe.arguments()));
        }
        Map<Probe<?>, double[]> each = new LinkedHashMap<>();
        runnable.keySet().forEach(p -> each.put(p, new double[rounds]));
        double[] totals = new double[rounds];
        Map<Probe<?>, String> failures = new LinkedHashMap<>();
        int warmUp = Math.max(20, PROBE_WARM_UP / Math.max(1, runnable.size()));
        for (int round = -warmUp; round < rounds; round++) {
            long roundStart = System.nanoTime();
            for (Map.Entry<Probe<?>, List<String>> entry : runnable.entrySet()) {
                long start = System.nanoTime();
                ProbeResult result = ProbeRunner.run(entry.getKey(), entry.getValue(), driver, DEADLINE);
                double ms = (System.nanoTime() - start) / 1e6;
                if (!result.ok()) failures.putIfAbsent(entry.getKey(), result.status() + ": " + result.error());
                if (round >= 0) each.get(entry.getKey())[round] = ms;
            }
            if (round >= 0) totals[round] = (System.nanoTime() - roundStart) / 1e6;
        }
        double target = where.startsWith("over SSH") ? 100 : 50;
        System.out.printf("%d probes in sequence %s: median %.2f ms a round over %d rounds after %d (target <= %.0f ms)%n",
                runnable.size(), where, median(totals), rounds, warmUp, target);
        each.forEach((probe, ms) -> System.out.printf("  %-22s %8.2f ms%s%n", probe.name() + argumentsShown(runnable.get(probe)),
                median(ms), failures.containsKey(probe) ? "  (not read: " + failures.get(probe) + ")" : ""));
    }

    /** Arguments for a probe from its usage words: a URL and a name of the lab; optional ones left out. */
    private static Optional<List<String>> sampleArguments(Probe<?> probe) {
        List<String> args = new ArrayList<>();
        for (String word : probe.arguments().split("\\s+")) {
            if (word.isEmpty() || word.startsWith("[")) continue;
            switch (word) {
                case "URL" -> args.add("https://" + SERVER);
                case "NAME", "HOST", "HOSTNAME" -> args.add(SERVER);
                default -> { return Optional.empty(); }
            }
        }
        return Optional.of(args);
    }

    private static String argumentsShown(List<String> args) {
        return args.isEmpty() ? "" : " " + String.join(" ", args);
    }

    // ------------------------------------------------------------------ over SSH

    private static void overSsh(Path root, Credentials credentials) throws Exception {
        Path work = Files.createTempDirectory("fpsh-probesbench");
        try (KeyLoginServe server = KeyLoginServe.start(root, work);
             SshFtd device = SshFtd.connect(server.options());
             DeviceDriver driver = new DeviceDriver(device, credentials)) {
            expectCompleted(driver.run(Mode.CLISH, FIX, DEADLINE));
            probes("over SSH against fpsh serve on loopback", driver, SSH_ROUNDS);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The lab's account answers sudo's question, as the lab's own credentials do for fpsh. */
    private static Credentials labCredentials(LabFile lab) {
        String password = lab.device().accounts().get(0).password();
        return (user, question) -> Optional.of(password);
    }

    private interface Run {
        void once() throws Exception;
    }

    /** Median of {@code runs} timed runs, after {@code warmUp} untimed ones. */
    private static double medianOf(int warmUp, int runs, Run run) {
        try {
            for (int i = 0; i < warmUp; i++) run.once();
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                run.once();
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            return median(ms);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A figure for a failing run would measure the failure: say so instead. */
    private static void expectZero(int exit) {
        if (exit != 0) throw new IllegalStateException("a benchmarked run exited " + exit);
    }

    private static void expectCompleted(CommandResult result) {
        if (!result.completed() || result.exitStatus() != 0) {
            throw new IllegalStateException("'" + result.line() + "' did not complete: " + result.outcome() + " "
                    + result.exitStatus() + " " + result.error() + "\n" + result.output());
        }
    }

    private static PrintStream nowhere() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

}
