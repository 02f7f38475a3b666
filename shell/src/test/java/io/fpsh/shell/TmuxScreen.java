package io.fpsh.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * fpsh on a real pseudo-terminal: a detached tmux session on a private tmux server (its own socket, so the tests
 * never touch the user's tmux), driven with send-keys and read with capture-pane.
 */
final class TmuxScreen implements AutoCloseable {
    /** Generous: a JVM starting in a pane while other test JVMs run beside it can take seconds (never a speed check). */
    private static final long TIMEOUT_MS = 45_000;

    private final String socket;
    private final String session = "fpsh";
    private Path socketPath;

    private TmuxScreen(String socket) {
        this.socket = socket;
    }

    static boolean tmuxInstalled() {
        try {
            Process probe = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Skips the test where tmux is missing. */
    static void assumeInstalled() {
        assumeTrue(tmuxInstalled(), "tmux is not installed (apt-get install -y tmux)");
    }

    /** fpsh on a lab ({@link FpshProcess#labCommand}, its environment) in a 120x40 terminal, home {@code home}. */
    static TmuxScreen startLab(Path home, String... fpshArgs) throws IOException, InterruptedException {
        return start(home, FpshProcess.labEnvironment(home), FpshProcess.labCommand(home, fpshArgs));
    }

    /**
     * Starts {@code command} in a 120x40 terminal; the script keeps the pane open after fpsh exits, for reading.
     * The wrapper is bash, not sh: Ctrl-C sends SIGINT to the whole foreground group, and dash then exits after its
     * child even when the child (fpsh) handled the signal, which would close the pane.
     */
    static TmuxScreen start(Path workDirectory, List<String> command) throws IOException, InterruptedException {
        // fpsh keeps its history under FPSH_HOME: pin it here, not to whatever the build exported
        return start(workDirectory, Map.of("FPSH_HOME", workDirectory.resolve(".fpsh").toString()), command);
    }

    /** The same with environment variables set for fpsh. */
    static TmuxScreen start(Path workDirectory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        return start(workDirectory, environment, command, 120, 40);
    }

    /** The same in a terminal of {@code columns} x {@code rows}. */
    static TmuxScreen start(Path workDirectory, Map<String, String> environment, List<String> command, int columns,
                            int rows) throws IOException, InterruptedException {
        Path script = workDirectory.resolve("run-fpsh.sh");
        StringBuilder line = new StringBuilder();
        environment.forEach((name, value) -> line.append("export ").append(name).append('=').append(quoted(value)).append('\n'));
        for (String word : command) {
            line.append(quoted(word)).append(' ');
        }
        Files.writeString(script, line + "\necho \"[fpsh exited $?]\"\nsleep 60\n", StandardCharsets.UTF_8);
        TmuxScreen screen = new TmuxScreen("fpsh-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        screen.tmux("new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows), "-s", screen.session, "bash " + script);
        screen.socketPath = Path.of(screen.tmux("display-message", "-p", "#{socket_path}").strip());
        return screen;
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * Copies everything fpsh writes to the terminal from now on into {@code file}, escape sequences and bells
     * included: capture-pane shows the screen, not a BEL.
     */
    void recordOutput(Path file) throws IOException, InterruptedException {
        tmux("pipe-pane", "-o", "-t", session, "cat >> " + quoted(file.toString()));
    }

    /** Types text literally (no key names). */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
    }

    /** Presses keys by tmux name: Enter, Tab, C-c, C-d, C-u. */
    void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    String text() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** The screen with its colours as escape sequences. */
    String textWithColours() throws IOException, InterruptedException {
        return tmux("capture-pane", "-e", "-p", "-t", session);
    }

    /** Where the terminal's cursor is: {@code column,row}, both from 0. */
    String cursor() throws IOException, InterruptedException {
        return tmux("display-message", "-p", "-t", session, "#{cursor_x},#{cursor_y}").strip();
    }

    /** Polls the screen until {@code condition} holds; fails with the last screen after the timeout. */
    String waitFor(String what, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        String screen = text();
        while (!condition.test(screen)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; screen:\n" + screen);
            }
            Thread.sleep(50);
            screen = text();
        }
        return screen;
    }

    /** Waits for the clish prompt alone on the last line; the screen. */
    String waitForClishPrompt() throws IOException, InterruptedException {
        return waitFor("the clish prompt", s -> lastLine(s).equals(">"));
    }

    /** The last non-blank line of the screen: where the cursor's line usually is. */
    static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() {
        try {
            tmux("kill-server");
        } catch (IOException | InterruptedException e) {
            // already gone
        }
        try {
            if (socketPath != null) {
                Files.deleteIfExists(socketPath); // kill-server may leave the socket file behind
            }
        } catch (IOException e) {
            // only litter in /tmp
        }
    }
}
