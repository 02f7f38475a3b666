import io.fpsh.device.DeviceIo;
import io.fpsh.shell.serve.PasswordHash;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.ssh.SshFtd;
import io.fpsh.teach.Lesson;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code fpsh serve --classroom} in a process of its own (serve's JVM flags, heap capped at 1 GiB) with a roster of
 * N students (default 100), each logging in over SSH (SSHJ, password, 16 at a time) to their own device, each timed
 * to their first prompt. Then: the server's live heap after a full GC (jcmd GC.class_histogram) with every student
 * logged in and idle, and again once they logged out (their devices are kept), less the heap before any login,
 * per student, and once each ran {@code expert} and an {@code nslookup} (their own lab network started);
 * {@code :lab check} and {@code :lab reset} over SSH (round trip included) and in process (the check
 * and the reset themselves, on a device of the same lab). Prints figures, asserts nothing.
 * Run by bench/classroom: bench/java-with-support bench/ClassroomBench.java [STUDENTS]
 */
public class ClassroomBench {
    private static final String PASSWORD = "class pass 2026";
    private static final String LAB = "ftd01-dns";
    private static final int PARALLEL = 16;

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path work = Files.createTempDirectory("fpsh-classroom-bench");
        Path roster = work.resolve("roster.yaml");
        String hash = PasswordHash.create(PASSWORD.toCharArray());
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= students; i++) {
            lines.append(student(i)).append(": ").append(hash).append('\n');
        }
        Files.writeString(roster, lines);
        inProcess();
        try (ServeJvm server = ServeJvm.start(work, List.of("--classroom", roster.toString(),
                "--dir", work.resolve("class").toString(), "--lab", LAB, "--port", "0"), Map.of())) {
            long before = server.liveHeap();
            List<SshFtd> sessions = Collections.synchronizedList(new ArrayList<>());
            double[] login = new double[students];
            // the first ones alone, one after another: a login's own latency, without the others' PBKDF2 in the way
            int alone = Math.min(10, students);
            double[] single = new double[alone];
            for (int n = 1; n <= alone; n++) {
                long start = System.nanoTime();
                sessions.add(SshFtd.connect(server.options(student(n), PASSWORD)));
                single[n - 1] = (System.nanoTime() - start) / 1e6;
                login[n - 1] = single[n - 1];
            }
            Arrays.sort(single);
            System.out.printf("%d students logging in one after another: log-in to first prompt median %.0f ms, max %.0f ms"
                    + " (a PBKDF2 check of the roster's hash alone: %.0f ms)%n", alone, single[alone / 2],
                    single[alone - 1], pbkdf2Millis());
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
            List<Future<?>> opened = new ArrayList<>();
            for (int i = alone + 1; i <= students; i++) {
                int n = i;
                opened.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    SshFtd session = SshFtd.connect(server.options(student(n), PASSWORD));
                    login[n - 1] = (System.nanoTime() - start) / 1e6;
                    if (!session.prompt().equals("> ")) {
                        throw new IllegalStateException(student(n) + ": first prompt " + session.prompt());
                    }
                    sessions.add(session);
                    return null;
                }));
            }
            for (Future<?> f : opened) {
                f.get(300, TimeUnit.SECONDS);
            }
            double all = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(login);
            System.out.printf("the other %d logged in %d at a time (password, each to their own device's first prompt)"
                    + " in %.1f s; all %d: log-in to first prompt median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    students - alone, PARALLEL, all, students, login[students / 2], login[(int) (students * 0.95)], login[students - 1]);

            double[] check = overSsh(sessions, ":lab check", 10);
            double[] reset = overSsh(sessions, ":lab reset", 5);
            System.out.printf(":lab check over SSH (round trip, %d sessions in turn): median %.2f ms, p95 %.2f ms%n",
                    sessions.size(), check[check.length / 2], check[(int) (check.length * 0.95)]);
            System.out.printf(":lab reset over SSH (round trip): median %.2f ms, p95 %.2f ms%n",
                    reset[reset.length / 2], reset[(int) (reset.length * 0.95)]);

            long loggedIn = server.liveHeap();
            System.out.printf("server live heap after a full GC: %s before any login, %s with %d students logged in"
                    + " and idle: %.2f MiB per student (threads %s, RSS %s; heap capped with %s)%n", mib(before),
                    mib(loggedIn), students, (loggedIn - before) / 1048576.0 / students, server.status("Threads"),
                    server.status("VmRSS"), ServeJvm.HEAP_LIMIT);
            // a student at work: expert mode and a lookup through the site's good server start their own lab network
            long e0 = System.nanoTime();
            overSsh(sessions, "expert", 1);
            double[] lookup = lookUpThroughTheirGoodServer(sessions);
            long working = server.liveHeap();
            System.out.printf("every student in expert mode after one nslookup through their own lab DNS server (%.1f s;"
                    + " nslookup median %.0f ms): %s, %.2f MiB per student (threads %s, RSS %s)%n",
                    (System.nanoTime() - e0) / 1e9, lookup[lookup.length / 2], mib(working),
                    (working - before) / 1048576.0 / students, server.status("Threads"), server.status("VmRSS"));
            ExecutorService closer = Executors.newFixedThreadPool(PARALLEL);
            sessions.forEach(s -> closer.submit(s::close));
            closer.shutdown();
            closer.awaitTermination(60, TimeUnit.SECONDS);
            Thread.sleep(500);
            long away = server.liveHeap();
            System.out.printf("after every student logged out (their devices, networks included, are kept for their return): %s,"
                    + " %.2f MiB per student%n", mib(away), (away - before) / 1048576.0 / students);
            pool.shutdown();
        }
    }

    /** What one PBKDF2 derivation of the roster's kind costs here (create derives once, as a login's check does). */
    private static double pbkdf2Millis() {
        PasswordHash.create("warm".toCharArray());
        long t = System.nanoTime();
        PasswordHash.create(PASSWORD.toCharArray());
        return (System.nanoTime() - t) / 1e6;
    }

    private static String student(int n) {
        return String.format("s%03d", n);
    }

    /** The check and the reset themselves, on one device of the lab in this JVM (warmed first). */
    private static void inProcess() throws Exception {
        SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(LAB));
        Lesson lesson = Lesson.of(ftd.lab()).orElseThrow();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        ftd.run("configure network dns servers 192.0.2.11", io(sink)); // met, so every objective is read through
        double[] check = new double[300];
        for (int i = -200; i < check.length; i++) {
            long t = System.nanoTime();
            lesson.check(ftd.model());
            if (i >= 0) {
                check[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        double[] reset = new double[100];
        for (int i = -50; i < reset.length; i++) {
            ftd.run("configure network dns servers 192.0.2.11", io(sink));
            long t = System.nanoTime();
            ftd.resetToPlanted();
            if (i >= 0) {
                reset[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(check);
        Arrays.sort(reset);
        System.out.printf("in process, on one %s device: :lab check (every objective, the probes' model) median %.2f ms,"
                + " p95 %.2f ms; :lab reset median %.2f ms, p95 %.2f ms%n", LAB, check[check.length / 2],
                check[(int) (check.length * 0.95)], reset[reset.length / 2], reset[(int) (reset.length * 0.95)]);
        ftd.close();
    }

    private static DeviceIo io(PrintStream sink) {
        return new DeviceIo() {
            public PrintStream out() { return sink; }
            public PrintStream err() { return sink; }
            public String readPassword(String prompt) { return null; }
            public String readLine(String prompt) { return null; }
        };
    }

    /**
     * {@code nslookup api-sse.cisco.com GOOD} on each session, GOOD the student's own working server (their lab draws
     * it: read from {@code :lab solution}, which ftd01-dns shows), so no lookup waits on a dead server.
     */
    private static double[] lookUpThroughTheirGoodServer(List<SshFtd> sessions) {
        Pattern fix = Pattern.compile("configure network dns servers (\\S+)");
        List<Double> times = new ArrayList<>();
        for (SshFtd session : sessions) {
            java.io.ByteArrayOutputStream solution = new java.io.ByteArrayOutputStream();
            session.run(":lab solution", io(new PrintStream(solution, true, StandardCharsets.UTF_8)));
            Matcher good = fix.matcher(solution.toString(StandardCharsets.UTF_8));
            String server = good.find() ? good.group(1) : "192.0.2.11";
            long t = System.nanoTime();
            session.run("nslookup api-sse.cisco.com " + server, io(new PrintStream(OutputStream.nullOutputStream())));
            times.add((System.nanoTime() - t) / 1e6);
        }
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double[] overSsh(List<SshFtd> sessions, String line, int rounds) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (SshFtd session : sessions) {
                long t = System.nanoTime();
                session.run(line, io(sink));
                times.add((System.nanoTime() - t) / 1e6);
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted;
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "?" : String.format("%.1f MiB", bytes / 1048576.0);
    }
}
