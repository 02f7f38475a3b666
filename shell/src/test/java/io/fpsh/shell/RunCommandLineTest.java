package io.fpsh.shell;

import io.fpsh.playbook.ShippedPlaybooks;
import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh run} as a process: the list, a shipped playbook and a user's file on labs, the exit statuses 0, 1, 2
 * and 3, and every usage error as one line before anything runs; {@code :run} in piped input and {@code -c}.
 */
@ExtraJvm
class RunCommandLineTest {
    /** Reads the host name; {@code --param want-hostname=X} says what it should be. */
    private static final String HOSTNAME = """
            playbook 'hostname', 'the host name is the one the site wants'
            finding 'HOSTNAME-WRONG', title: 'the host name is not the one wanted', impact: 'none', verdict: FAIL, guide: 'none'
            step 'hostname-read', 'the host name is right', {
                String name = showNetwork().hostname()
                String wanted = param('want-hostname', 'ftd01')
                if (name != wanted) {
                    report 'HOSTNAME-WRONG', expected: wanted, actual: name, fix: [clish("configure network hostname ${wanted}")]
                } else {
                    reason "hostname ${name}"
                }
            }
            """;
    private static final String BREAKS = HOSTNAME + """
            step 'hostname-breaks', 'a step that breaks', needs: ['hostname-read'], {
                List<String> none = null
                reason "${none.size()}"
            }
            step 'hostname-after', 'a step after the broken one', needs: ['hostname-breaks'], {
                reason 'never'
            }
            """;

    @TempDir
    static Path folder;

    @Test
    void aloneItListsTheShippedPlaybooksOneLineEach() throws Exception {
        FpshProcess.Result result = fpsh("run");
        assertEquals(0, result.exitStatus(), result.err());
        List<String> lines = result.out().lines().toList();
        List<ShippedPlaybooks.Entry> shipped = ShippedPlaybooks.all();
        assertEquals(shipped.size(), lines.size(), result.out());
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith(shipped.get(i).name() + " ")
                    && lines.get(i).endsWith(shipped.get(i).summary()), lines.get(i));
        }
    }

    @Test
    void theDnsPlaybookNamesTheDeadServerWithItsFixAndExitsOne() throws Exception {
        Path lab = FastLab.write(folder, "ftd01-dns");
        FpshProcess.Result result = fpsh("run", "dns", "--target", "lab:" + lab, "--param", "site-dns=192.0.2.11");
        assertEquals(1, result.exitStatus(), result.out() + result.err());
        assertEquals("", result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("PASS        DNS servers are configured (configured: 192.0.2.10)", lines.get(0));
        assertTrue(lines.get(1).startsWith("FAIL        each DNS server answers for every SSE host of the region"), lines.get(1));
        assertTrue(lines.contains(" 1. FAIL DNS-SERVER-DEAD: a configured DNS server never answers"), result.out());
        assertTrue(lines.contains("    fix:      (clish) configure network dns servers 192.0.2.11"), result.out());
        assertTrue(lines.get(lines.size() - 1).matches("lab:\\S+: FAIL, 1 open finding, 2 steps in [0-9.]+ s"),
                result.out());
        assertFalse(result.out().contains("\u001b["), "no colour without a terminal");
    }

    @Test
    void aUsersFileRunsWithTheParamsGivenAndItsExitStatusSaysWhatItFound() throws Exception {
        Path file = write("hostname.groovy", HOSTNAME);
        FpshProcess.Result passes = fpsh("run", file.toString(), "--target", "lab:ftd01-dns");
        assertEquals(0, passes.exitStatus(), passes.out() + passes.err());
        assertTrue(passes.out().startsWith("PASS        the host name is right (hostname ftd01)\n"), passes.out());

        FpshProcess.Result fails = fpsh("run", file.toString(), "--target", "lab:ftd01-dns", "--param", "want-hostname=fw-paris");
        assertEquals(1, fails.exitStatus(), fails.out() + fails.err());
        assertTrue(fails.out().contains("    expected: fw-paris\n    actual:   ftd01\n"), fails.out());
        assertTrue(fails.out().contains("    fix:      (clish) configure network hostname fw-paris\n"), fails.out());
    }

    @Test
    void anExceptionInAStepIsThatStepsErrorWithItsFileAndLineAndExitThree() throws Exception {
        Path file = write("breaks.groovy", BREAKS);
        FpshProcess.Result result = fpsh("run", file.toString(), "--target", "lab:ftd01-dns");
        assertEquals(3, result.exitStatus(), result.out() + result.err());
        assertEquals("", result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(1).matches("ERROR       a step that breaks \\(NullPointerException: .* at breaks\\.groovy:14\\)"),
                result.out());
        assertEquals("BLOCKED     a step after the broken one (needs hostname-breaks (ERROR))", lines.get(2));
        assertFalse(result.out().contains("\tat "), "no stack trace");
    }

    @Test
    void anUnreachableDeviceIsUnreachableAtEveryStepAndExitThree() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path file = write("hostname.groovy", HOSTNAME);
        FpshProcess.Result result = fpsh("run", file.toString(), "--target", "ssh://admin@127.0.0.1:" + port, "-F",
                write("ssh_config", "").toString(), "--known-hosts", folder.resolve("known_hosts").toString());
        assertEquals(3, result.exitStatus(), result.out() + result.err());
        assertTrue(result.out().startsWith("UNREACHABLE the host name is right (ssh: connect to host 127.0.0.1 port "),
                result.out());
    }

    static Stream<List<String>> usageErrors() throws Exception {
        Path syntax = Files.writeString(folder.resolve("syntax.groovy"), "playbook 'x', 'y'\nstep 'a', 'b', {\n  reason 1 +\n");
        return Stream.of(List.of("nosuch"), List.of(syntax.toString()), List.of(folder.resolve("missing.groovy").toString()),
                List.of("dns", "--fix"), List.of("dns", "--yes"), List.of("dns", "--timeout", "soon"),
                List.of("dns", "--json", folder.resolve("no/such/dir/run.json").toString()),
                List.of("dns", "--html", folder.resolve("no/such/dir/run.html").toString()),
                List.of("dns", "--junit", folder.resolve("no/such/dir/run.xml").toString()),
                List.of("dns", "--target", "lab:nosuch-lab"), List.of("dns", "--frobnicate"),
                List.of("dns", "--param", "novalue"), List.of("dns", "--password-env", "FPSH_TEST_NO_SUCH_VARIABLE"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void aUsageErrorOrAPlaybookThatCannotLoadIsOneLineAndStatusTwo(List<String> commandLine) throws Exception {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(commandLine);
        FpshProcess.Result result = fpsh(args.toArray(String[]::new));
        assertEquals(2, result.exitStatus(), result.out() + result.err());
        assertEquals("", result.out(), "nothing ran");
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("fpsh: "), result.err());
    }

    @Test
    void runInPipedInputAndDashCRunsOnTheSessionsDeviceAndLeavesItInItsMode() throws Exception {
        Path file = write("hostname.groovy", HOSTNAME);
        FpshProcess.Result piped = FpshProcess.runOnLab(folder, "configure network hostname fw-paris\nexpert\n:run " + file
                + " --param want-hostname=fw-paris\npwd\n:run\n:run dns --yes\n:run --frob\n");
        assertTrue(piped.out().contains("PASS        the host name is right (hostname fw-paris)\n"), piped.out());
        assertTrue(piped.out().contains(":run " + file + " --param want-hostname=fw-paris\nPASS"), piped.out());
        assertTrue(piped.out().contains("\n/home/admin\n"), "still in the Linux shell: " + piped.out());
        assertTrue(piped.out().contains("\ndns  "), ":run alone lists the playbooks: " + piped.out());
        assertTrue(piped.out().contains(":run dns --yes\nfpsh: --yes goes with --fix\n"), piped.out());
        assertTrue(piped.out().contains(":run --frob\nfpsh: " + RunShellCommand.USAGE + "\n"), piped.out());

        FpshProcess.Result script = FpshProcess.runOnLab(folder, "", "-c", ":run " + file + " --param want-hostname=x");
        assertTrue(script.out().contains(" 1. FAIL HOSTNAME-WRONG"), script.out() + script.err());
        assertEquals(1, script.exitStatus(), "-c exits with :run's status as fpsh run does: " + script.err());
        FpshProcess.Result passing = FpshProcess.runOnLab(folder, "", "-c", "show version; :run " + file);
        assertEquals(0, passing.exitStatus(), passing.out() + passing.err());
        FpshProcess.Result unknown = FpshProcess.runOnLab(folder, "", "-c", ":run no-such-playbook");
        assertEquals(2, unknown.exitStatus(), unknown.out() + unknown.err());
    }

    private static Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }

    private static FpshProcess.Result fpsh(String... args) throws Exception {
        return FpshProcess.runOnLab(folder, "", args);
    }
}
