import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code fpsh serve} in a JVM of its own for a bench: the launcher's flags for serve (the full JIT, ParallelGC,
 * 2 MiB stacks) without its class-data archive, the heap capped at {@link #HEAP_LIMIT}; the port and host key its
 * start line names; its live heap and /proc figures; stopped with SIGTERM (its shutdown hook runs).
 */
public final class ServeJvm implements AutoCloseable {
    public static final String HEAP_LIMIT = "-Xmx1g";
    private static final Pattern START_LINE = Pattern.compile(" port (\\d+),.* host key (SHA256:\\S+) ");

    private final Process process;
    private final int port;
    private final String hostKey;

    private ServeJvm(Process process, int port, String hostKey) {
        this.process = process;
        this.port = port;
        this.hostKey = hostKey;
    }

    /** Starts {@code fpsh serve SERVE_ARGS} with FPSH_HOME under {@code work}; returns once it printed its start line. */
    public static ServeJvm start(Path work, List<String> serveArgs, Map<String, String> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseParallelGC", "-Xss2m", HEAP_LIMIT, "-cp",
                System.getProperty("java.class.path"), "io.fpsh.shell.Main", "serve"));
        command.addAll(serveArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("FPSH_HOME", work.resolve("home").toString());
        builder.environment().putAll(environment);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        try {
            Matcher started = startLine(process);
            return new ServeJvm(process, Integer.parseInt(started.group(1)), started.group(2));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The server's start line: its port and its host key's fingerprint; the rest of its output goes to ours. */
    private static Matcher startLine(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher started = START_LINE.matcher(String.valueOf(line));
        if (!started.find()) {
            throw new IllegalStateException("fpsh serve did not start: " + line);
        }
        Thread drain = new Thread(() -> out.lines().forEach(System.out::println), "server-output");
        drain.setDaemon(true);
        drain.start();
        return started;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** A password login to this server that trusts only the host key its start line named. */
    public SshOptions options(String login, String password) {
        return SshOptions.of("127.0.0.1", port, login, prompt -> password.toCharArray(), Path.of("/dev/null"))
                .withUnknownHostKeys((host, type, offered) -> offered.equals(hostKey)
                        ? UnknownHostKeys.Decision.ACCEPT_ONCE : UnknownHostKeys.Decision.REFUSE);
    }

    /** jcmd's GC.class_histogram of the server (it runs a full GC first): the live heap by class. */
    public String classHistogram() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid()), "GC.class_histogram").redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    /** The histogram's last line, {@code Total <instances> <bytes>}: the live heap's bytes, -1 when missing. */
    public static long histogramTotal(String histogram) {
        return histogram.lines().filter(line -> line.startsWith("Total")).map(line -> line.trim().split("\\s+"))
                .map(fields -> Long.parseLong(fields[2])).findFirst().orElse(-1L);
    }

    /** The server's live heap after a full GC, in bytes. */
    public long liveHeap() throws IOException, InterruptedException {
        return histogramTotal(classHistogram());
    }

    /** A field of the server's /proc status (VmRSS, Threads), or "?". */
    public String status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status")).stream()
                .filter(line -> line.startsWith(field + ":")).map(line -> line.substring(field.length() + 1).strip())
                .findFirst().orElse("?");
    }

    /** SIGTERM, then a kill after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
