package io.fpsh.shell;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH sshd on 127.0.0.1 with everything of its own in one folder (config, host key, pid file, authorized
 * key, log), logging in the current user by key and running {@code forceCommand} instead of a login shell. The
 * system's sshd service is never touched.
 */
final class OpenSshServer implements AutoCloseable {
    private static final Path SSHD = Path.of("/usr/sbin/sshd");

    private final Path folder;
    private final int port;
    private final Process process;

    private OpenSshServer(Path folder, int port, Process process) {
        this.folder = folder;
        this.port = port;
        this.process = process;
    }

    /** True when sshd is there, installing openssh-server first if it is not (as root, as in CI). */
    static boolean installed() {
        if (Files.isExecutable(SSHD)) {
            return true;
        }
        try {
            run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "openssh-server"));
        } catch (IOException e) {
            // no apt-get or no package: the caller skips
        }
        return Files.isExecutable(SSHD);
    }

    static OpenSshServer start(Path folder, Path forceCommand) throws IOException, InterruptedException {
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", folder.resolve("host_ed25519").toString()));
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", folder.resolve("id_ed25519").toString()));
        Files.copy(folder.resolve("id_ed25519.pub"), folder.resolve("authorized_keys"));
        // sshd refuses to start without its privilege separation directory, which only the service normally makes.
        Files.createDirectories(Path.of("/run/sshd"));
        int port = freePort();
        Path config = folder.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + folder.resolve("host_ed25519"),
                "PidFile " + folder.resolve("sshd.pid"),
                "AuthorizedKeysFile " + folder.resolve("authorized_keys"),
                "ForceCommand /bin/bash " + forceCommand,
                "UsePAM no",
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PrintMotd no",
                "PrintLastLog no",
                // only the variable a key of addClientKey sets (OpenSSH 7.8+ takes a pattern list)
                "PermitUserEnvironment FPSH_LAB",
                "LogLevel ERROR",
                ""), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("sshd.log").toFile())
                .start();
        OpenSshServer server = new OpenSshServer(folder, port, process);
        server.awaitListening();
        return server;
    }

    int port() {
        return port;
    }

    Path clientKey() {
        return folder.resolve("id_ed25519");
    }

    /**
     * Another client key, {@code id_NAME} in the folder, whose logins get {@code FPSH_LAB=name} in their environment
     * (authorized_keys' {@code environment=}): one sshd, and the ForceCommand tells the logins apart by it.
     */
    Path addClientKey(String name) throws IOException {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a key name of letters, digits and dashes: " + name);
        }
        Path key = folder.resolve("id_" + name);
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
        synchronized (this) {
            Files.writeString(folder.resolve("authorized_keys"), "environment=\"FPSH_LAB=" + name + "\" "
                    + Files.readString(folder.resolve("id_" + name + ".pub")), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        return key;
    }

    /** The host key's SHA256 fingerprint as ssh-keygen prints it, e.g. {@code SHA256:abc...}. */
    String hostKeyFingerprint() throws IOException {
        Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-f", folder.resolve("host_ed25519.pub").toString())
                .redirectErrorStream(true).start();
        String line = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return line.split("\\s+")[1];
    }

    private void awaitListening() throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IOException("sshd exited: " + Files.readString(folder.resolve("sshd.log")));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("sshd did not listen on 127.0.0.1:" + port);
    }

    /** sshd does not take Port 0: a port the kernel just handed out and took back is free enough. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command));
        }
    }

    /** Stops this sshd by the pid in its own pid file (the listener; sessions end with it), then its process. */
    @Override
    public void close() {
        Path pidFile = folder.resolve("sshd.pid");
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the process we started, which is the same sshd under -D
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
