import io.fpsh.ssh.SshOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./fpsh serve} as a user starts it (the launcher) with one account, admin, that logs in with a new ed25519
 * key (ssh-keygen), and the server's host key in a known_hosts file (ssh-keyscan); all under a work folder.
 */
public final class KeyLoginServe implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("port (\\d+),");

    private final Process process;
    private final int port;
    private final Path key;
    private final Path knownHosts;

    private KeyLoginServe(Process process, int port, Path key, Path knownHosts) {
        this.process = process;
        this.port = port;
        this.key = key;
        this.knownHosts = knownHosts;
    }

    /** Starts the launcher under {@code root} with FPSH_HOME under {@code work}; returns once it listens. */
    public static KeyLoginServe start(Path root, Path work) throws IOException, InterruptedException {
        Path key = work.resolve("id_ed25519");
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
        Path users = work.resolve("users");
        Files.writeString(users, "admin:" + Files.readString(work.resolve("id_ed25519.pub")).strip() + "\n");
        ProcessBuilder serve = new ProcessBuilder(root.resolve("fpsh").toString(), "serve", "--port", "0",
                "--users", users.toString()).redirectErrorStream(true);
        serve.environment().put("FPSH_HOME", work.resolve("home").toString());
        Process process = serve.start();
        KeyLoginServe server = null;
        try {
            int port = listeningPort(process);
            Path knownHosts = work.resolve("known_hosts");
            Files.writeString(knownHosts, output(List.of("ssh-keyscan", "-t", "ed25519", "-p", "" + port, "127.0.0.1")));
            server = new KeyLoginServe(process, port, key, knownHosts);
            return server;
        } finally {
            if (server == null) {
                process.destroyForcibly();
            }
        }
    }

    public int port() {
        return port;
    }

    /** The account's private key. */
    public Path key() {
        return key;
    }

    /** A known_hosts file that trusts the server. */
    public Path knownHosts() {
        return knownHosts;
    }

    /** admin's login with the key, trusting only the host key in {@link #knownHosts()}. */
    public SshOptions options() {
        return SshOptions.of("127.0.0.1", port, "admin", null, knownHosts).withKeyFiles(List.of(key));
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

    /** SIGTERM, then a kill after 10 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        process.destroyForcibly();
    }
}
