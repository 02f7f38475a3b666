package io.fpsh.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real OpenSSH client ({@code ssh -tt}, the password given by sshpass) in a real terminal (tmux), logged in to a
 * test server on 127.0.0.1 as a person meets it. Tests skip themselves when a tool is missing.
 */
final class SshInTmux {

    private SshInTmux() {
    }

    static void assumeToolsInstalled() throws IOException, InterruptedException {
        assumeTrue(TmuxScreen.tmuxInstalled() && installed("ssh") && installed("sshpass"),
                "needs tmux, openssh-client and sshpass (apt-get install -y tmux openssh-client sshpass)");
    }

    /**
     * Logs admin in to the server on {@code port} in a {@code columns} x {@code rows} terminal, its known_hosts in a
     * new folder under {@code folder}; returns once the clish prompt shows.
     */
    static TmuxScreen logIn(Path folder, int port, int columns, int rows) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(folder, "session");
        // The lab's password is public (Admin123); sshpass reads it from SSHPASS, never from the command line.
        TmuxScreen screen = TmuxScreen.start(work, Map.of("SSHPASS", "Admin123"), List.of("sshpass", "-e", "ssh", "-tt",
                "-o", "UserKnownHostsFile=" + work.resolve("known_hosts"), "-o", "StrictHostKeyChecking=accept-new",
                "-o", "KexAlgorithms=curve25519-sha256", "-o", "LogLevel=ERROR", "-o", "PubkeyAuthentication=no",
                "-p", String.valueOf(port), "admin@127.0.0.1"), columns, rows);
        screen.waitForClishPrompt();
        return screen;
    }

    private static boolean installed(String tool) throws IOException, InterruptedException {
        Process which = new ProcessBuilder("sh", "-c", "command -v " + tool).redirectErrorStream(true).start();
        which.getInputStream().readAllBytes();
        return which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0;
    }
}
