package io.fpsh.shell.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real OpenSSH client against a test server on 127.0.0.1: {@code ssh} through {@code sshpass} for exec, and
 * {@code expect} scripts for sessions on a pty. Tests skip themselves when a tool is missing.
 */
final class OpenSsh {
    private final int port;
    private final Path knownHosts;

    OpenSsh(int port, Path folder) {
        this.port = port;
        this.knownHosts = folder.resolve("known_hosts");
    }

    record Result(int status, String stdout, String stderr) {}

    static boolean installed(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    /** The options every connection uses: a private known_hosts, the fast key exchange, and the test port. */
    List<String> options() {
        return List.of("-o", "UserKnownHostsFile=" + knownHosts, "-o", "StrictHostKeyChecking=accept-new",
                "-o", "KexAlgorithms=curve25519-sha256", "-o", "LogLevel=ERROR", "-p", String.valueOf(port));
    }

    /** {@code ssh admin@127.0.0.1 COMMAND} with a password given through sshpass (SSHPASS, not the command line). */
    Result execWithPassword(String user, String password, String command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("sshpass", "-e", "ssh"));
        line.addAll(options());
        line.addAll(List.of("-o", "PubkeyAuthentication=no", "-o", "NumberOfPasswordPrompts=1",
                user + "@127.0.0.1", command));
        return run(line, Map.of("SSHPASS", password), Path.of("/dev/null"));
    }

    /** The same from another loopback address ({@code ssh -b 127.0.0.2}): another client, as the server sees it. */
    Result execWithPasswordFrom(String source, String user, String password, String command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("sshpass", "-e", "ssh", "-b", source));
        line.addAll(options());
        line.addAll(List.of("-o", "PubkeyAuthentication=no", "-o", "NumberOfPasswordPrompts=1",
                user + "@127.0.0.1", command));
        return run(line, Map.of("SSHPASS", password), Path.of("/dev/null"));
    }

    /** {@code ssh -T admin@127.0.0.1} (a shell without a pty) fed {@code stdin}, the password through sshpass. */
    Result shellWithoutTerminal(String password, String stdin) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("sshpass", "-e", "ssh", "-T"));
        line.addAll(options());
        line.addAll(List.of("-o", "PubkeyAuthentication=no", "admin@127.0.0.1"));
        Path input = Files.createTempFile("ssh", ".in");
        try {
            Files.writeString(input, stdin, StandardCharsets.UTF_8);
            return run(line, Map.of("SSHPASS", password), input);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    /** {@code ssh -i KEY admin@127.0.0.1 COMMAND}, the key only (BatchMode: no password prompt). */
    Result execWithKey(String user, Path key, String command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("ssh"));
        line.addAll(options());
        line.addAll(List.of("-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-i", key.toString(),
                user + "@127.0.0.1", command));
        return run(line, Map.of(), Path.of("/dev/null"));
    }

    /**
     * {@code ssh -b SOURCE -i KEY... admin@127.0.0.1 COMMAND}: the keys offered in turn and nothing else (BatchMode:
     * no password prompt), as a client holding several keys does.
     */
    Result execWithKeysFrom(String source, String user, List<Path> keys, String command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("ssh", "-b", source));
        line.addAll(options());
        line.addAll(List.of("-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "PreferredAuthentications=publickey"));
        for (Path key : keys) {
            line.addAll(List.of("-i", key.toString()));
        }
        line.addAll(List.of(user + "@127.0.0.1", command));
        return run(line, Map.of(), Path.of("/dev/null"));
    }

    /**
     * Runs an expect script; {@code SSH} in it stands for the ssh command with the options, so a script starts with
     * {@code spawn SSH -tt admin@127.0.0.1}. The exit status is ssh's (the script ends with {@link #EXIT_WITH_SSH}).
     */
    Result expect(Path folder, String script) throws IOException, InterruptedException {
        Path file = folder.resolve("session-" + System.nanoTime() + ".exp");
        String ssh = "ssh " + String.join(" ", options()) + " -o PubkeyAuthentication=no";
        Files.writeString(file, script.replace("SSH", ssh), StandardCharsets.UTF_8);
        return run(List.of("expect", file.toString()), Map.of(), Path.of("/dev/null"));
    }

    /** The end of an expect script that passes ssh's exit status on. */
    static final String EXIT_WITH_SSH = "expect eof\ncatch wait result\nexit [lindex $result 3]\n";

    private static Result run(List<String> command, Map<String, String> environment, Path stdin)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.redirectInput(stdin.toFile());
        Path stdout = Files.createTempFile("ssh", ".out");
        Path stderr = Files.createTempFile("ssh", ".err");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
