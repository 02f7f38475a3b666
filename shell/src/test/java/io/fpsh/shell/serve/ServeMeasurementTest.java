package io.fpsh.shell.serve;

import io.fpsh.testkind.Sshd;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Figures printed, not asserted (2 shared cores): connect to first prompt, and per-command round trips of
 * {@code show network} on one open session. The client is the real ssh on a pty, driven by expect, so the times
 * include expect's own matching; expect's clock is read around each send/expect pair.
 */
@Sshd
class ServeMeasurementTest {
    private static final int COMMANDS = 100;
    private static final int CONNECTIONS = 10;
    private static final int KEYS = 50;

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private static OpenSsh ssh;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.installed("ssh") && OpenSsh.installed("expect"), "needs openssh-client and expect");
        server = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, false,
                folder.resolve("home")));
        ssh = new OpenSsh(server.port(), folder);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void measureConnectToPromptAndCommandRoundTrips() throws Exception {
        String connect = "set start [clock microseconds]\nspawn SSH -tt admin@127.0.0.1\n"
                + "expect \"password: \"\nsend \"Admin123\\r\"\nexpect -re \"\\r\\n> $\"\n"
                + "puts \"\\nPROMPT_US [expr {[clock microseconds] - $start}]\"\n";
        StringBuilder script = new StringBuilder("set timeout 20\nlog_user 0\n");
        // The first connection warms the server's JVM; only the later ones are counted.
        for (int i = 0; i <= CONNECTIONS; i++) {
            script.append(connect.replace("PROMPT_US", i == 0 ? "WARMUP_US" : "PROMPT_US"));
            if (i < CONNECTIONS) {
                script.append("send \"exit\\r\"\nexpect eof\nwait\n");
            }
        }
        script.append("for {set i 0} {$i < ").append(COMMANDS + 20).append("} {incr i} {\n")
                .append("  set t [clock microseconds]\n  send \"show network\\r\"\n")
                .append("  expect -re {Authentication +: Disabled\\r\\n> $}\n")
                .append("  if {$i >= 20} { puts \"\\nCOMMAND_US [expr {[clock microseconds] - $t}]\" }\n}\n")
                .append("send \"exit\\r\"\n").append(OpenSsh.EXIT_WITH_SSH);
        OpenSsh.Result result = ssh.expect(folder, script.toString());
        assertEquals(0, result.status(), result.stdout());
        long[] prompts = values(result.stdout(), "PROMPT_US");
        long[] commands = values(result.stdout(), "COMMAND_US");
        assertEquals(CONNECTIONS, prompts.length, result.stdout());
        assertEquals(COMMANDS, commands.length, result.stdout());
        System.out.printf("fpsh serve, OpenSSH client on a pty via expect, 127.0.0.1:%n"
                        + "  connect + password + banner -> first prompt: median %.1f ms, p90 %.1f ms (%d connections, first one %.1f ms)%n"
                        + "  show network -> prompt on one session: median %.2f ms, p90 %.2f ms (%d commands after 20 warm-up)%n",
                median(prompts), percentile(prompts, 90), CONNECTIONS, values(result.stdout(), "WARMUP_US")[0] / 1000.0,
                median(commands), percentile(commands, 90), COMMANDS);
        assertTrue(median(commands) > 0);
    }

    @Test
    void measureEditingKeys() throws Exception {
        // Per key round trip on one session: '?' (listing and redraw), TAB (completion echoed), Up (line recalled).
        StringBuilder script = new StringBuilder("set timeout 20\nlog_user 0\nspawn SSH -tt admin@127.0.0.1\n"
                + "expect \"password: \"\nsend \"Admin123\\r\"\nexpect -re \"\\r\\n> $\"\n");
        script.append("for {set i 0} {$i < ").append(KEYS + 20).append("} {incr i} {\n")
                .append("  set t [clock microseconds]\n  send \"show netw?\"\n  expect -re {routes\\r\\n> show netw$}\n")
                .append("  set help [expr {[clock microseconds] - $t}]\n")
                .append("  set t [clock microseconds]\n  send \"\\t\"\n  expect -re {ork$}\n")
                .append("  set tab [expr {[clock microseconds] - $t}]\n")
                .append("  send \"\\r\"\n  expect -re {Authentication +: Disabled\\r\\n> $}\n")
                .append("  set t [clock microseconds]\n  send \"\\033\\[A\"\n  expect -re {show network$}\n")
                .append("  set up [expr {[clock microseconds] - $t}]\n")
                .append("  send \"\\025\"\n  expect -re {(\\x08 \\x08){12}$}\n")
                .append("  if {$i >= 20} { puts \"\\nHELP_US $help\\nTAB_US $tab\\nUP_US $up\" }\n}\n")
                .append("send \"exit\\r\"\n").append(OpenSsh.EXIT_WITH_SSH);
        OpenSsh.Result result = ssh.expect(folder, script.toString());
        assertEquals(0, result.status(), result.stdout());
        long[] help = values(result.stdout(), "HELP_US");
        long[] tab = values(result.stdout(), "TAB_US");
        long[] up = values(result.stdout(), "UP_US");
        assertEquals(KEYS, help.length, result.stdout());
        System.out.printf("  keys on one session (%d each after 20 warm-up): '?' -> listing and line: median %.2f ms, p90 %.2f ms;"
                        + " TAB -> completion: median %.2f ms, p90 %.2f ms; Up -> recalled line: median %.2f ms, p90 %.2f ms%n",
                KEYS, median(help), percentile(help, 90), median(tab), percentile(tab, 90), median(up), percentile(up, 90));
        assertEquals(KEYS, up.length, result.stdout());
    }

    @Test
    void measureExec() throws Exception {
        assumeTrue(OpenSsh.installed("sshpass"), "needs sshpass");
        ssh.execWithPassword("admin", "Admin123", "show version"); // warm-up
        long[] micros = new long[20];
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            OpenSsh.Result result = ssh.execWithPassword("admin", "Admin123", "show version");
            micros[i] = (System.nanoTime() - start) / 1000;
            assertEquals(0, result.status(), result.stderr());
        }
        System.out.printf("  sshpass + ssh 'show version' (exec, whole client process): median %.1f ms, p90 %.1f ms (%d runs)%n",
                median(micros), percentile(micros, 90), micros.length);
    }

    private static long[] values(String output, String name) {
        Matcher matcher = Pattern.compile(name + " (\\d+)").matcher(output);
        List<Long> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(Long.parseLong(matcher.group(1)));
        }
        return found.stream().mapToLong(Long::longValue).toArray();
    }

    private static double median(long[] micros) {
        return percentile(micros, 50);
    }

    private static double percentile(long[] micros, int percent) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
