import io.fpsh.device.DeviceIo;
import io.fpsh.ssh.SshFtd;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code fpsh serve --fleet 1000} in a process of its own (the launcher's JVM flags, heap capped at 1 GiB), then one
 * SSH session per device ftd0001..ftd1000, 32 at a time, each waited for until its first prompt. With all of them
 * open it reads the server's live heap (jcmd GC.class_histogram: a full GC first), its threads and its RSS; then it
 * closes them and stops the server, which writes its peak heap (FPSH_SERVE_REPORT_HEAP). Prints figures, asserts
 * nothing. Run by bench/fleet: bench/java-with-support bench/FleetBench.java [DEVICES [PARALLEL [expert]]];
 * with {@code expert} every session also runs {@code expert; cat /etc/resolv.conf} (each device then holds its files
 * and Linux shell). Arguments {@code lab=NAME|FILE} (any number, after the others) serve those labs in turn
 * ({@code --lab NAME} each), so a fleet of several labs is measured as {@code fpsh run --inventory} meets it.
 */
public class FleetBench {
    private static final String PASSWORD = "Admin123";

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        boolean expert = args.length > 2 && args[2].equals("expert");
        List<String> labs = Arrays.stream(args).filter(a -> a.startsWith("lab=")).map(a -> a.substring(4)).toList();
        Path work = Files.createTempDirectory("fpsh-fleet-bench");
        Path heapReport = work.resolve("heap");
        List<String> serveArgs = new ArrayList<>(List.of("--fleet", String.valueOf(devices), "--port", "0"));
        labs.forEach(lab -> serveArgs.addAll(List.of("--lab", lab)));
        // the server's shutdown hook (SIGTERM, on close) writes the heap report
        try (ServeJvm server = ServeJvm.start(work, serveArgs, Map.of("FPSH_SERVE_REPORT_HEAP", heapReport.toString()))) {
            List<SshFtd> sessions = Collections.synchronizedList(new ArrayList<>());
            double[] perSession = new double[devices];
            long t0 = System.nanoTime();
            openAll(devices, parallel, server, sessions, perSession);
            double totalSeconds = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(perSession);
            System.out.printf("fleet of %d: %d sessions opened (one per device, %d in parallel, each to its first prompt)"
                    + " in %.1f s; per session median %.0f ms, p95 %.0f ms, max %.0f ms%n", devices, sessions.size(),
                    parallel, totalSeconds, perSession[devices / 2], perSession[(int) (devices * 0.95)],
                    perSession[devices - 1]);
            if (expert) {
                long e0 = System.nanoTime();
                runOnAll(sessions, parallel, "expert", "cat /etc/resolv.conf");
                System.out.printf("expert; cat /etc/resolv.conf on every session: %.1f s%n", (System.nanoTime() - e0) / 1e9);
            }
            String histogram = server.classHistogram();
            System.out.printf("server with all %d sessions open: live heap after a full GC %s, %s threads, RSS %s"
                    + " (heap capped with %s)%n", sessions.size(), mib(ServeJvm.histogramTotal(histogram)),
                    server.status("Threads"), server.status("VmRSS"), ServeJvm.HEAP_LIMIT);
            System.out.println("largest classes on the live heap:");
            histogram.lines().filter(line -> line.matches("\\s*\\d+:\\s+\\d+\\s+\\d+.*")).limit(8)
                    .forEach(line -> System.out.println("  " + line.strip()));
            closeAll(sessions, parallel);
        }
        if (Files.exists(heapReport)) {
            long peak = reportValue(heapReport, "heap-peak-bytes");
            long max = reportValue(heapReport, "heap-max-bytes");
            System.out.printf("server's peak heap (sum of the heap pools' peaks, an upper bound): %s of %s max%n",
                    mib(peak), mib(max));
        } else {
            System.out.println("server's peak heap: no report (the server did not stop cleanly)");
        }
    }

    private static void openAll(int devices, int parallel, ServeJvm server, List<SshFtd> sessions,
                                double[] perSession) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> opened = new ArrayList<>();
            for (int n = 1; n <= devices; n++) {
                int number = n;
                opened.add(pool.submit(() -> {
                    String hostname = String.format("ftd%04d", number);
                    long start = System.nanoTime();
                    SshFtd session = SshFtd.connect(server.options("admin%" + hostname, PASSWORD));
                    perSession[number - 1] = (System.nanoTime() - start) / 1e6;
                    sessions.add(session);
                    if (!session.prompt().equals("> ")) {
                        throw new IllegalStateException(hostname + ": first prompt " + session.prompt());
                    }
                    return null;
                }));
            }
            for (Future<?> session : opened) {
                session.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void runOnAll(List<SshFtd> sessions, int parallel, String... lines) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
            DeviceIo io = new DeviceIo() {
                public PrintStream out() { return sink; }
                public PrintStream err() { return sink; }
                public String readPassword(String prompt) { return null; }
                public String readLine(String prompt) { return null; }
            };
            List<Future<Integer>> statuses = new ArrayList<>();
            for (SshFtd session : sessions) {
                statuses.add(pool.submit(() -> {
                    int worst = 0;
                    for (String line : lines) {
                        worst = Math.max(worst, session.run(line, io));
                    }
                    return worst;
                }));
            }
            for (Future<Integer> status : statuses) {
                if (status.get(120, TimeUnit.SECONDS) != 0) {
                    throw new IllegalStateException(String.join("; ", lines) + " failed on a session");
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void closeAll(List<SshFtd> sessions, int parallel) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        sessions.forEach(session -> pool.submit(session::close));
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
    }

    private static long reportValue(Path report, String name) throws IOException {
        return Files.readAllLines(report).stream().filter(line -> line.startsWith(name + " "))
                .map(line -> Long.parseLong(line.substring(name.length() + 1).strip())).findFirst().orElse(-1L);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "?" : String.format("%.0f MiB", bytes / 1048576.0);
    }
}
