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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loopback figures for issue 4 against {@code fpsh serve} started as its own process: connect to first prompt
 * (fpsh's driver inside a warm JVM, then fpsh connect and OpenSSH ssh as cold processes on a pseudo-terminal), and
 * the per-command median of {@code show network} on one open session, driven the same way through fpsh's driver
 * and through an OpenSSH ssh session (write the line, read to the prompt). Prints figures; asserts nothing.
 *
 * <p>Run by bench/ssh: {@code java -cp shell/target/fpsh.jar bench/SshBench.java ROOT}.
 */
public class SshBench {
    private static final Pattern TERMINAL_MODES = Pattern.compile("\u001b(?:\\[[?0-9;]*[a-zA-Z]|[=>])");
    private static final Pattern LISTENING = Pattern.compile("port (\\d+),");
    private static final int COMMANDS = 200;
    /** Commands run first on each session: the figure is for a warm JVM, as in a long session or a playbook. */
    private static final int WARM_UP_COMMANDS = 2000;
    private static final int WARM_CONNECTS = 30;
    private static final int COLD_CONNECTS = 10;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("fpsh-sshbench");
        Path key = work.resolve("id_ed25519");
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
        Path users = work.resolve("users");
        Files.writeString(users, "admin:" + Files.readString(work.resolve("id_ed25519.pub")).strip() + "\n");

        ProcessBuilder serve = new ProcessBuilder(root.resolve("fpsh").toString(), "serve", "--port", "0",
                "--users", users.toString()).redirectErrorStream(true);
        serve.environment().put("FPSH_HOME", work.resolve("home").toString());
        Process server = serve.start();
        try {
            int port = listeningPort(server);
            Path knownHosts = work.resolve("known_hosts");
            Files.writeString(knownHosts, output(List.of("ssh-keyscan", "-t", "ed25519", "-p", "" + port, "127.0.0.1")));
            SshOptions options = SshOptions.of("127.0.0.1", port, "admin", null, knownHosts).withKeyFiles(List.of(key));
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
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }

    private static double warmConnect(SshOptions options) throws Exception {
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

    private static int listeningPort(Process server) throws IOException {
        StringBuilder said = new StringBuilder();
        InputStream in = server.getInputStream();
        int b;
        while ((b = in.read()) >= 0) {
            said.append((char) b);
            if (b == '\n') {
                Matcher port = LISTENING.matcher(said);
                if (port.find()) {
                    return Integer.parseInt(port.group(1));
                }
            }
        }
        throw new IOException("fpsh serve did not start: " + said);
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
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
