import io.fpsh.device.DeviceIo;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Loopback figures for issue 4 against {@code fpsh serve} started as its own process: connect to first prompt
 * (fpsh's driver inside a warm JVM, then fpsh connect and OpenSSH ssh as cold processes on a pseudo-terminal), and
 * the per-command median of {@code show network} on one open session, driven the same way through fpsh's driver
 * and through an OpenSSH ssh session (write the line, read to the prompt). Prints figures; asserts nothing.
 *
 * <p>Run by bench/ssh: {@code bench/java-with-support bench/SshBench.java ROOT}.
 */
public class SshBench {
    private static final Pattern TERMINAL_MODES = Pattern.compile("\u001b(?:\\[[?0-9;]*[a-zA-Z]|[=>])");
    private static final int COMMANDS = 200;
    /** Commands run first on each session: the figure is for a warm JVM, as in a long session or a playbook. */
    private static final int WARM_UP_COMMANDS = 2000;
    private static final int WARM_CONNECTS = 30;
    private static final int COLD_CONNECTS = 10;
    private static final int CANCELS = 5;
    private static final int KEYS = 50;
    private static final int KEY_WARM_UP = 20;
    private static final int EXECS = 20;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("fpsh-sshbench");
        try (KeyLoginServe server = KeyLoginServe.start(root, work)) {
            int port = server.port();
            Path key = server.key();
            Path knownHosts = server.knownHosts();
            SshOptions options = server.options();
            List<String> ssh = List.of("ssh", "-i", key.toString(), "-o", "UserKnownHostsFile=" + knownHosts,
                    "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", "-p", "" + port, "admin@127.0.0.1");

            System.out.printf("fpsh driver (SSHJ) connect to first prompt, warm JVM: median %.1f ms over %d (target <= 100 ms)%n",
                    warmConnect(options), WARM_CONNECTS);
            List<String> fpshConnect = List.of(root.resolve("fpsh").toString(), "connect", "-i", key.toString(),
                    "--known-hosts", knownHosts.toString(), "admin@127.0.0.1:" + port);
            System.out.printf("fpsh connect, cold process on a pty: median %.0f ms over %d%n",
                    coldConnect(fpshConnect, work), COLD_CONNECTS);
            System.out.printf("OpenSSH ssh, cold process on a pty: median %.0f ms over %d%n",
                    coldConnect(ssh, work), COLD_CONNECTS);

            double fpsh = fpshPerCommand(options);
            List<String> sshForcedTty = new ArrayList<>(ssh);
            sshForcedTty.add(1, "-tt");
            double openssh = opensshPerCommand(sshForcedTty);
            System.out.printf("show network on an open session, fpsh driver: median %.2f ms over %d after %d (target <= 2 ms)%n", fpsh, COMMANDS, WARM_UP_COMMANDS);
            System.out.printf("show network on an open session, OpenSSH ssh -tt: median %.2f ms over %d after %d%n", openssh, COMMANDS, WARM_UP_COMMANDS);
            System.out.printf("fpsh / OpenSSH: %.2fx (target <= 1.5x)%n", fpsh / openssh);
            System.out.printf("whoami in expert on an open session, fpsh driver (with the hidden $? query): median %.2f ms over %d%n",
                    fpshExpertPerCommand(options), COMMANDS);
            cancelFigures(options);
            keysOverOpenSsh(sshForcedTty);
            System.out.printf("OpenSSH ssh HOST 'show version' (exec, whole client process): median %.1f ms over %d%n",
                    execPerProcess(ssh), EXECS);
            silentPeerFigure(options, knownHosts, port);
        }
    }

    private static double warmConnect(SshOptions options) throws Exception {
        long first = System.nanoTime();
        SshFtd.connect(options).close();
        System.out.printf("fpsh driver (SSHJ) first connection in this JVM (SSHJ cold) to first prompt: %.0f ms%n",
                (System.nanoTime() - first) / 1e6);
        for (int i = 0; i < 5; i++) {
            SshFtd.connect(options).close(); // JIT, class loading, the server's first sessions
        }
        double[] ms = new double[WARM_CONNECTS];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            SshFtd device = SshFtd.connect(options);
            ms[i] = (System.nanoTime() - start) / 1e6;
            device.close();
        }
        return median(ms);
    }

    /** Starts the client on a pseudo-terminal (script(1)) and times it until the clish prompt shows. */
    private static double coldConnect(List<String> command, Path work) throws Exception {
        String line = String.join(" ", command.stream().map(SshBench::quoted).toList());
        double[] ms = new double[COLD_CONNECTS];
        for (int i = -1; i < ms.length; i++) {
            ProcessBuilder builder = new ProcessBuilder("script", "-qfec", line, "/dev/null");
            builder.environment().put("FPSH_HOME", work.resolve("client-home").toString());
            builder.environment().put("TERM", "xterm");
            builder.redirectErrorStream(true);
            long start = System.nanoTime();
            Process process = builder.start();
            Thread watchdog = watchdog(process, Duration.ofSeconds(30));
            try {
                readUntilPrompt(process.getInputStream());
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            } finally {
                watchdog.interrupt();
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        return median(ms);
    }

    private static double fpshPerCommand(SshOptions options) throws Exception {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        DeviceIo io = new DeviceIo() {
            public PrintStream out() { return sink; }
            public PrintStream err() { return sink; }
            public String readPassword(String prompt) { return null; }
            public String readLine(String prompt) { return null; }
        };
        try (SshFtd device = SshFtd.connect(options)) {
            for (int i = 0; i < WARM_UP_COMMANDS; i++) {
                device.run("show network", io);
            }
            double[] ms = new double[COMMANDS];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                int status = device.run("show network", io);
                ms[i] = (System.nanoTime() - start) / 1e6;
                if (status != 0) {
                    throw new IllegalStateException("show network failed through the driver: " + status);
                }
            }
            return median(ms);
        }
    }

    private static final DeviceIo SINK = new DeviceIo() {
        private final PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        public PrintStream out() { return sink; }
        public PrintStream err() { return sink; }
        public String readPassword(String prompt) { return null; }
        public String readLine(String prompt) { return null; }
    };

    private static double fpshExpertPerCommand(SshOptions options) throws Exception {
        try (SshFtd device = SshFtd.connect(options)) {
            device.run("expert", SINK);
            double[] ms = new double[COMMANDS];
            for (int i = -COMMANDS; i < ms.length; i++) {
                long start = System.nanoTime();
                device.run("whoami", SINK);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            return median(ms);
        }
    }

    /**
     * Ctrl-C: a curl that waits on the default lab's silent resolver, cancelled after 0.7 s (time from cancel to the
     * prompt), then the same curl under a 0.5 s command deadline (time from the line to the prompt after Ctrl-C).
     */
    private static void cancelFigures(SshOptions options) throws Exception {
        String hang = "curl -v -k https://api-sse.cisco.com";
        double[] cancelled = new double[CANCELS];
        double[] deadline = new double[CANCELS];
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try (SshFtd device = SshFtd.connect(options)) {
            device.run("expert", SINK);
            for (int i = 0; i < CANCELS; i++) {
                long[] cancelledAt = new long[1];
                timer.schedule(() -> {
                    cancelledAt[0] = System.nanoTime();
                    device.cancel();
                }, 700, TimeUnit.MILLISECONDS);
                device.run(hang, SINK);
                cancelled[i] = (System.nanoTime() - cancelledAt[0]) / 1e6;
            }
            device.setCommandDeadline(Duration.ofMillis(500));
            for (int i = 0; i < CANCELS; i++) {
                long start = System.nanoTime();
                device.run(hang, SINK);
                deadline[i] = (System.nanoTime() - start) / 1e6;
            }
        } finally {
            timer.shutdownNow();
        }
        System.out.printf("fpsh driver, Ctrl-C to prompt: median %.0f ms over %d%n", median(cancelled), CANCELS);
        System.out.printf("fpsh driver, deadline 0.5 s + Ctrl-C + prompt: median %.0f ms over %d%n", median(deadline), CANCELS);
    }

    /**
     * Line editing on one OpenSSH ssh -tt session (figures once printed by ServeMeasurementTest): '?' to the listing
     * and the line redrawn, TAB to the completed word, Up to the recalled line.
     */
    private static void keysOverOpenSsh(List<String> ssh) throws Exception {
        Process process = new ProcessBuilder(ssh).redirectErrorStream(true).start();
        Thread watchdog = watchdog(process, Duration.ofMinutes(2));
        double[] help = new double[KEYS];
        double[] tab = new double[KEYS];
        double[] up = new double[KEYS];
        try {
            InputStream in = process.getInputStream();
            OutputStream out = process.getOutputStream();
            readUntilPrompt(in);
            for (int i = -KEY_WARM_UP; i < KEYS; i++) {
                double h = key(out, in, "show netw?", "> show netw");
                double t = key(out, in, "\t", "ork"); // the completed rest of the word
                key(out, in, "\r", "\n> ");
                double u = key(out, in, "\u001b[A", "show network");
                key(out, in, "\u0015", "\b \b".repeat(12));
                if (i >= 0) {
                    help[i] = h;
                    tab[i] = t;
                    up[i] = u;
                }
            }
        } finally {
            watchdog.interrupt();
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        System.out.printf("keys on one OpenSSH session (%d each after %d): '?' -> listing and line: median %.2f ms;"
                + " TAB -> completion: median %.2f ms; Up -> recalled line: median %.2f ms%n",
                KEYS, KEY_WARM_UP, median(help), median(tab), median(up));
    }

    /** Sends {@code typed} and reads until what came back, control sequences aside, ends with {@code shown}; in ms. */
    private static double key(OutputStream out, InputStream in, String typed, String shown) throws IOException {
        long start = System.nanoTime();
        out.write(typed.getBytes(StandardCharsets.UTF_8));
        out.flush();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!TERMINAL_MODES.matcher(seen.toString(StandardCharsets.UTF_8)).replaceAll("").endsWith(shown)) {
            int count = in.read(buffer);
            if (count < 0) {
                throw new IOException("the client ended while waiting for " + shown);
            }
            seen.write(buffer, 0, count);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** {@code ssh HOST 'show version'}: a whole OpenSSH client process per command (figure of ServeMeasurementTest). */
    private static double execPerProcess(List<String> ssh) throws Exception {
        List<String> command = new ArrayList<>(ssh);
        command.add("show version");
        double[] ms = new double[EXECS];
        for (int i = -1; i < ms.length; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("ssh 'show version' failed");
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return median(ms);
    }

    /**
     * A device that goes silent mid-session (no FIN, no RST: a relay stops passing bytes): how long the driver's
     * keepalives take to notice (figure once printed by SshFtdFailureTest).
     */
    private static void silentPeerFigure(SshOptions options, Path knownHosts, int port) throws Exception {
        try (SilentRelay relay = new SilentRelay(port)) {
            Path relayKnownHosts = knownHosts.resolveSibling("known_hosts.relay");
            Files.writeString(relayKnownHosts, Files.readString(knownHosts)
                    .replace("[127.0.0.1]:" + port + " ", "[127.0.0.1]:" + relay.port() + " "));
            // keepalives every second (as SshFtdFailureTest sets them), a 60 s deadline the keepalives must beat
            SshOptions viaRelay = new SshOptions("127.0.0.1", relay.port(), "admin", options.keyFiles(), null,
                    relayKnownHosts, options.unknownHostKeys(), Duration.ofSeconds(5), Duration.ofSeconds(30),
                    Duration.ofSeconds(1), Duration.ofSeconds(60));
            try (SshFtd device = SshFtd.connect(viaRelay)) {
                device.run("show version", SINK);
                relay.silence();
                long start = System.nanoTime();
                int status = device.run("show version", SINK);
                System.out.printf("fpsh driver, a silent peer noticed after %.0f ms (status %d; keepalive every 1 s)%n",
                        (System.nanoTime() - start) / 1e6, status);
            }
        }
    }

    /** A loopback TCP relay to the server that can stop passing bytes while keeping both connections open. */
    private static final class SilentRelay implements AutoCloseable {
        private final java.net.ServerSocket listener = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
        private final List<java.net.Socket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean silent;

        SilentRelay(int serverPort) throws IOException {
            Thread accept = new Thread(() -> {
                try {
                    while (true) {
                        java.net.Socket client = listener.accept();
                        java.net.Socket server = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), serverPort);
                        sockets.add(client);
                        sockets.add(server);
                        pump(client, server);
                        pump(server, client);
                    }
                } catch (IOException closed) {
                    // the relay was closed
                }
            });
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        void silence() {
            silent = true;
        }

        private void pump(java.net.Socket from, java.net.Socket to) {
            Thread pump = new Thread(() -> {
                byte[] buffer = new byte[16384];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    int count;
                    while ((count = in.read(buffer)) >= 0) {
                        if (!silent) {
                            out.write(buffer, 0, count);
                            out.flush();
                        }
                    }
                } catch (IOException closed) {
                    // one side went away
                }
            });
            pump.setDaemon(true);
            pump.start();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            for (java.net.Socket socket : sockets) {
                socket.close();
            }
        }
    }

    /** One ssh -tt session (the server gets a pty, as a terminal would give it), fed through pipes. */
    private static double opensshPerCommand(List<String> ssh) throws Exception {
        Process process = new ProcessBuilder(ssh).redirectErrorStream(true).start();
        Thread watchdog = watchdog(process, Duration.ofMinutes(2));
        try {
            InputStream in = process.getInputStream();
            OutputStream out = process.getOutputStream();
            readUntilPrompt(in);
            byte[] line = "show network\r".getBytes(StandardCharsets.US_ASCII);
            double[] ms = new double[COMMANDS];
            for (int i = -WARM_UP_COMMANDS; i < ms.length; i++) {
                long start = System.nanoTime();
                out.write(line);
                out.flush();
                String shown = readUntilPrompt(in);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                if (!shown.contains("Hostname")) {
                    throw new IllegalStateException("unexpected answer over OpenSSH: " + shown);
                }
            }
            return median(ms);
        } finally {
            watchdog.interrupt();
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Reads until the screen ends with the clish prompt "\n> " (terminal mode sequences such as bracketed paste
     * may come before it); the caller's watchdog kills the process when it never comes.
     */
    private static String readUntilPrompt(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int count = in.read(buffer);
            if (count < 0) {
                throw new IOException("the client ended before its prompt: " + seen.toString(StandardCharsets.UTF_8));
            }
            seen.write(buffer, 0, count);
            String text = TERMINAL_MODES.matcher(seen.toString(StandardCharsets.UTF_8)).replaceAll("");
            if (text.endsWith("\n> ")) {
                return text;
            }
        }
    }

    /** Kills the process when it is still running after the deadline, so a blocked read ends. */
    private static Thread watchdog(Process process, Duration deadline) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(deadline.toMillis());
                System.err.println("bench: no prompt within " + deadline.toSeconds() + " s, killing the client");
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            } catch (InterruptedException e) {
                // finished in time
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
