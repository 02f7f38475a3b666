package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.SshOptions;
import io.fpsh.ssh.UnknownHostKeys;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Sshd;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Groovy loads only when a playbook runs: {@code -c}, {@code serve} (its served shells' {@code :probe} included),
 * {@code connect} and {@code probe} over SSH, and the interactive shell until its first {@code :run} load no
 * Groovy class, read from each launched JVM's own class-load log. The {@code :run} at the end of the shell is the
 * check that the log does show Groovy when it loads.
 */
@ExtraJvm
@Sshd
@Tmux
class GroovyLoadsOnlyForPlaybooksTest {
    private static final Pattern GROOVY = Pattern.compile("\\] (groovy\\.|org\\.codehaus\\.groovy\\.|org\\.apache\\.groovy\\.)");

    @TempDir
    Path folder;

    @Test
    void scriptModeAndProbeLoadNone() throws Exception {
        Path log = folder.resolve("c.log");
        FpshProcess.Result result = FpshProcess.runOnLab(List.of(classLog(log)), folder, "", "-c", "show version");
        assertEquals(0, result.exitStatus(), result.err());
        assertEquals(List.of(), groovyClasses(log, null));

        Path probeLog = folder.resolve("probe.log");
        FpshProcess.Result probe = FpshProcess.runOnLab(List.of(classLog(probeLog)), folder, "", "probe", "show-network",
                "--target", "lab:ftd01-dns", "--json");
        assertEquals(0, probe.exitStatus(), probe.err());
        assertEquals(List.of(), groovyClasses(probeLog, null));
    }

    /**
     * Fails today: every command line picocli reads (serve, connect, probe with ssh options, lab list...) boots the
     * Groovy runtime, about a second, because picocli's DefaultFactory initialises groovy.lang.Closure with
     * Class.forName when it first runs, whatever factory is given, and Groovy shares the application's class path.
     * The fix is to load Groovy, the DSL and the compiled playbooks in a class loader of their own, made only when a
     * playbook runs.
     */
    @Test
    void serveWithItsShellsConnectAndProbeLoadNone() throws Exception {
        Path key = SshAgentProcess.newKey(folder, "id_ed25519", "ed25519", "");
        Path users = folder.resolve("users");
        Files.writeString(users, "admin:" + SshAgentProcess.publicKey(key) + "\n");
        Path serveLog = folder.resolve("serve.log");
        ProcessBuilder serving = new ProcessBuilder(javaMain(classLog(serveLog), "serve", "--port", "0", "--users",
                users.toString())).redirectError(folder.resolve("serve.err").toFile());
        serving.environment().putAll(FpshProcess.labEnvironment(folder));
        Process serve = serving.start();
        serve.getOutputStream().close();
        try {
            String started = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Matcher port = Pattern.compile(" port (\\d+),").matcher(String.valueOf(started));
            assertTrue(port.find(), "no start line: " + started);
            int served = Integer.parseInt(port.group(1));
            Path knownHosts = folder.resolve("known_hosts");
            SshFtd.connect(new SshOptions("127.0.0.1", served, "admin", List.of(key), null, knownHosts,
                    UnknownHostKeys.ACCEPT_AND_SAVE, Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(15),
                    Duration.ofSeconds(30))).close();

            Path connectLog = folder.resolve("connect.log");
            FpshProcess.Result connect = FpshProcess.runOnLab(List.of(classLog(connectLog)), folder, "", "connect", "-i",
                    key.toString(), "--known-hosts", knownHosts.toString(), "-c", "show version; :probe show-network",
                    "admin@127.0.0.1:" + served);
            assertTrue(connect.out().contains("dnsServers"), connect.out() + connect.err());
            assertEquals(List.of(), groovyClasses(connectLog, null));

            Path probeLog = folder.resolve("probe.log");
            FpshProcess.Result probe = FpshProcess.runOnLab(List.of(classLog(probeLog)), folder, "", "probe",
                    "show-network", "--target", "ssh://admin@127.0.0.1:" + served, "-i", key.toString(), "--known-hosts",
                    knownHosts.toString());
            assertEquals(0, probe.exitStatus(), probe.err());
            assertEquals(List.of(), groovyClasses(probeLog, null));
        } finally {
            serve.destroy(); // SIGTERM: the JVM exits and its log is complete
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "fpsh serve did not stop");
        }
        assertEquals(List.of(), groovyClasses(serveLog, null));
    }

    @Test
    void theInteractiveShellLoadsNoneUntilItsFirstRun() throws Exception {
        TmuxScreen.assumeInstalled();
        Path log = folder.resolve("shell.log");
        Path playbook = folder.resolve("hostname.groovy");
        Files.writeString(playbook, """
                playbook 'hostname', 'the host name'
                step 'hostname-read', 'the host name is read', {
                    reason "hostname ${showNetwork().hostname()}"
                }
                """);
        List<String> command = javaMain(classLog(log), "--lab", FastLab.write(folder, "ftd01-dns").toString());
        try (TmuxScreen screen = TmuxScreen.start(folder, FpshProcess.labEnvironment(folder), command)) {
            screen.waitForClishPrompt();
            enter(screen, "show version", ">");
            enter(screen, ":probe show-network", ">");
            enter(screen, ":help", ">");
            // completion knows :run and the shipped playbooks' names, from their INDEX (no Groovy either)
            screen.type(":ru");
            screen.press("Tab");
            screen.waitFor("':run' completed", s -> TmuxScreen.lastLine(s).equals("> :run"));
            screen.type("d");
            screen.press("Tab");
            screen.waitFor("'dns' completed", s -> TmuxScreen.lastLine(s).equals("> :run dns"));
            screen.press("C-u");
            screen.waitFor("the line cleared", s -> TmuxScreen.lastLine(s).equals(">"));
            String ran = enter(screen, ":run " + playbook, ">");
            assertTrue(ran.contains("PASS        the host name is read (hostname ftd01)"), ran);
            screen.type(":exit");
            screen.press("Enter");
            waitForExit(log);
        }
        List<String> beforeRun = groovyClasses(log, "io.fpsh.shell.RunShellCommand ");
        assertEquals(List.of(), beforeRun);
        assertTrue(!groovyClasses(log, null).isEmpty(), "the class-load log shows Groovy once a playbook runs");
    }

    private static String enter(TmuxScreen screen, String line, String prompt) throws Exception {
        screen.type(line);
        screen.press("Enter");
        return screen.waitFor(line + " to run", s -> s.contains(line + "\n") && TmuxScreen.lastLine(s).equals(prompt));
    }

    /** The JVM's log is complete when it exits: the tmux pane closes with it. */
    private static void waitForExit(Path log) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        long size = -1;
        while (System.currentTimeMillis() < deadline) {
            long now = Files.size(log);
            if (now == size) {
                return;
            }
            size = now;
            Thread.sleep(1000);
        }
    }

    private static String classLog(Path file) {
        return "-Xlog:class+load=info:file=" + file;
    }

    private List<String> javaMain(String jvmOption, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                jvmOption, "-Duser.home=" + folder, "-cp", FpshProcess.testClasspath(), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** The Groovy classes the log shows loaded, before the first line holding {@code until} when it is not null. */
    private static List<String> groovyClasses(Path log, String until) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<String> lines = Files.lines(log)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (until != null && line.contains("] " + until)) {
                    return found;
                }
                if (GROOVY.matcher(line).find() && found.size() < 5) { // the first few say enough
                    found.add(line);
                }
            }
        }
        if (until != null) {
            throw new AssertionError(until + " never loaded: the shell did not run the playbook");
        }
        return found;
    }

}
