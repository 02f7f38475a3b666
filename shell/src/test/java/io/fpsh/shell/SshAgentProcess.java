package io.fpsh.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A real OpenSSH {@code ssh-agent} listening on a socket of the test's own, and keys made by ssh-keygen. */
final class SshAgentProcess implements AutoCloseable {
    private final Process agent;
    private final Path socket;

    private SshAgentProcess(Process agent, Path socket) {
        this.agent = agent;
        this.socket = socket;
    }

    /** Starts {@code ssh-agent -D -a SOCKET} and waits for its socket; skips the test where there is no ssh-agent. */
    static SshAgentProcess start(Path folder) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-agent")), "needs ssh-agent (openssh-client)");
        Path socket = folder.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            if (!agent.isAlive()) {
                throw new AssertionError("ssh-agent ended with status " + agent.exitValue());
            }
            Thread.sleep(25);
        }
        if (!Files.exists(socket)) {
            agent.destroy();
            throw new AssertionError("ssh-agent made no socket within 5 s");
        }
        return new SshAgentProcess(agent, socket);
    }

    Path socket() {
        return socket;
    }

    /** {@code ssh-add KEY}, with the passphrase on stdin-less SSH_ASKPASS when the key has one. */
    void add(Path key, String passphrase) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
        builder.environment().put("SSH_AUTH_SOCK", socket.toString());
        if (!passphrase.isEmpty()) {
            Path askpass = key.resolveSibling("askpass-" + key.getFileName() + ".sh");
            Files.writeString(askpass, "#!/bin/sh\necho '" + passphrase + "'\n", StandardCharsets.UTF_8);
            askpass.toFile().setExecutable(true);
            builder.environment().put("SSH_ASKPASS", askpass.toString());
            builder.environment().put("SSH_ASKPASS_REQUIRE", "force");
            builder.environment().put("DISPLAY", ":0");
        }
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process add = builder.start();
        String said = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!add.waitFor(30, TimeUnit.SECONDS) || add.exitValue() != 0) {
            throw new AssertionError("ssh-add " + key + " failed: " + said);
        }
    }

    /** A new key pair made by ssh-keygen: {@code type} ed25519 or rsa, {@code passphrase} "" for none. */
    static Path newKey(Path folder, String name, String type, String passphrase)
            throws IOException, InterruptedException {
        Path key = folder.resolve(name);
        List<String> command = type.equals("rsa")
                ? List.of("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", passphrase, "-C", name, "-f", key.toString())
                : List.of("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", name, "-f", key.toString());
        Process keygen = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(keygen.waitFor(60, TimeUnit.SECONDS) && keygen.exitValue() == 0, "ssh-keygen failed: " + said);
        return key;
    }

    static String publicKey(Path key) throws IOException {
        return Files.readString(key.resolveSibling(key.getFileName() + ".pub"), StandardCharsets.UTF_8).strip();
    }

    @Override
    public void close() throws InterruptedException {
        agent.destroy();
        agent.waitFor(10, TimeUnit.SECONDS);
    }
}
