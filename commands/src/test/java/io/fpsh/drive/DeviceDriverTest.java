package io.fpsh.drive;

import io.fpsh.device.Mode;
import io.fpsh.device.TargetException;
import io.fpsh.local.LocalMachine;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceDriverTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String LAB = "ftd01-dns";
    private static final String PASSWORD = "Admin123";
    /** A line that only the mode it runs in answers this way. */
    private static final Map<Mode, String> WHERE_AM_I = new EnumMap<>(Map.of(
            Mode.CLISH, "show version",
            Mode.EXPERT, "whoami",
            Mode.ROOT, "whoami",
            Mode.DIAGNOSTIC, "show version",
            Mode.DIAGNOSTIC_ENABLE, "show running-config"));

    private static SimulatedFtd lab() throws TargetException {
        return new SimulatedFtd(LabDevices.read(LAB));
    }

    @Test
    void runsALineInEachModeComingFromEachOther() throws Exception {
        try (SimulatedFtd ftd = lab(); DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            for (Mode from : ftd.supportedModes()) {
                for (Mode to : ftd.supportedModes()) {
                    assertEquals(CommandResult.Outcome.COMPLETED, driver.moveTo(from, DEADLINE).outcome());
                    CommandResult result = driver.run(to, WHERE_AM_I.get(to), DEADLINE);
                    String named = from + " -> " + to;
                    assertEquals(CommandResult.Outcome.COMPLETED, result.outcome(), () -> named + ": " + result.error());
                    assertEquals(to, result.mode(), named);
                    assertEquals(to, driver.mode(), named);
                    assertEquals(0, result.exitStatus(), () -> named + ": " + result.output());
                    assertNull(result.error(), named);
                    switch (to) {
                        case EXPERT -> assertEquals("admin\n", result.stdout(), named);
                        case ROOT -> assertEquals("root\n", result.stdout(), named);
                        case CLISH -> assertTrue(result.stdout().contains("Cisco Firepower Threat Defense"), named);
                        case DIAGNOSTIC -> assertTrue(result.stdout().contains("Adaptive Security Appliance"), named);
                        case DIAGNOSTIC_ENABLE -> assertTrue(result.stdout().contains("hostname"), named);
                        default -> throw new AssertionError(named + ": a virtual FTD has no " + to);
                    }
                }
            }
        }
    }

    @Test
    void aWrongSudoPasswordIsTriedOnceAndTheResultIsSudosOwnRefusal() throws Exception {
        List<String> asked = new ArrayList<>();
        Credentials wrong = (user, question) -> {
            asked.add(user + " " + question);
            return java.util.Optional.of("not-the-password");
        };
        try (SimulatedFtd ftd = lab(); DeviceDriver driver = new DeviceDriver(ftd, wrong)) {
            CommandResult result = driver.run(Mode.ROOT, "whoami", DEADLINE);
            assertEquals(CommandResult.Outcome.NOT_AVAILABLE, result.outcome(), result::toString);
            assertEquals("'sudo su -' did not reach root mode on lab:ftd01-dns: sudo: 1 incorrect password attempt",
                    result.error());
            assertEquals(List.of("admin Password:"), asked, "answered once: sudo's other two tries are not burnt");
            assertEquals(Mode.EXPERT, driver.mode(), "the session stays where sudo left it");
            assertEquals("admin\n", driver.run(Mode.EXPERT, "whoami", DEADLINE).stdout(), "and is usable");
        }
    }

    @Test
    void rootWithoutAnyPasswordIsNotAvailableInSudosWords() throws Exception {
        try (SimulatedFtd ftd = lab(); DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            CommandResult result = driver.run(Mode.ROOT, "whoami", DEADLINE);
            assertEquals(CommandResult.Outcome.NOT_AVAILABLE, result.outcome());
            assertEquals("'sudo su -' did not reach root mode on lab:ftd01-dns: sudo: a password is required",
                    result.error());
            assertEquals("", result.output(), "the line was not run");
            // LINA's enable needs none: its password is empty on an FTD out of the box
            CommandResult enabled = driver.run(Mode.DIAGNOSTIC_ENABLE, "show running-config", DEADLINE);
            assertEquals(CommandResult.Outcome.COMPLETED, enabled.outcome(), enabled::error);
        }
    }

    @Test
    void thePasswordNeverShowsInWhatACallReturns() throws Exception {
        String planted = "Pl4nted-S3cret";
        try (SimulatedFtd ftd = lab();
             DeviceDriver refused = new DeviceDriver(ftd, Credentials.fromEnvironment("FPSH_TEST_PASSWORD",
                     Map.of("FPSH_TEST_PASSWORD", planted)))) {
            CommandResult result = refused.run(Mode.ROOT, "whoami", DEADLINE);
            assertEquals(CommandResult.Outcome.NOT_AVAILABLE, result.outcome());
            assertFalse(result.toString().contains(planted), result.toString());
            // a line that prints it: the driver knows what it typed and masks it
            CommandResult echoed = refused.run(Mode.EXPERT, "echo " + planted + " >&2; sudo -k; sudo whoami", DEADLINE);
            assertEquals("sudo: 1 incorrect password attempt", echoed.stderr().strip().lines().reduce((a, b) -> b).orElseThrow());
            for (String field : List.of(echoed.line(), echoed.output(), echoed.stdout(), echoed.stderr(), echoed.toString())) {
                assertFalse(field.contains(planted), field);
            }
            assertTrue(echoed.stderr().startsWith("****\n"), echoed.stderr());
        }
        try (SimulatedFtd ftd = lab();
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromEnvironment("P", Map.of("P", PASSWORD)))) {
            CommandResult root = driver.run(Mode.ROOT, "echo " + PASSWORD + "; whoami", DEADLINE);
            assertEquals(CommandResult.Outcome.COMPLETED, root.outcome(), root::error);
            assertEquals(Mode.ROOT, root.mode());
            assertEquals("echo ****; whoami", root.line(), "typed by the move before it: masked all the same");
            assertEquals("****\nroot\n", root.stdout());
            CommandResult again = driver.run(Mode.EXPERT, "sudo -k; sudo echo " + PASSWORD, DEADLINE);
            assertEquals("****\n", again.stdout());
            assertFalse(again.toString().contains(PASSWORD), again.toString());
        }
    }

    @Test
    void thePasswordNeverShowsWhenTheMovesLeaveTheLineNoTime() throws Exception {
        Duration deadline = Duration.ofSeconds(1);
        try (SimulatedFtd ftd = lab(); SlowToSudo slow = new SlowToSudo(ftd, deadline.plusMillis(500));
             DeviceDriver driver = new DeviceDriver(slow, Credentials.fromEnvironment("P", Map.of("P", PASSWORD)))) {
            driver.moveTo(Mode.EXPERT, DEADLINE);
            CommandResult late = driver.run(Mode.ROOT, "echo " + PASSWORD, deadline);
            assertEquals(CommandResult.Outcome.TIMEOUT, late.outcome(), late::toString);
            assertEquals(Mode.ROOT, driver.mode(), "the move itself went through");
            assertEquals("echo ****", late.line());
            assertFalse(late.toString().contains(PASSWORD), late.toString());
        }
    }

    /**
     * A target with its own deadline whose {@code sudo su} takes {@code delay} however short that deadline is (a slow
     * PAM): the move completes within the driver's grace, and leaves the call's line no time.
     */
    private static final class SlowToSudo implements io.fpsh.device.Device, io.fpsh.device.CommandDeadline {
        private final SimulatedFtd ftd;
        private final Duration delay;
        private volatile Duration own = Duration.ofSeconds(60);

        SlowToSudo(SimulatedFtd ftd, Duration delay) {
            this.ftd = ftd;
            this.delay = delay;
        }

        @Override public String banner() { return ftd.banner(); }

        @Override public Mode mode() { return ftd.mode(); }

        @Override public String prompt() { return ftd.prompt(); }

        @Override public int run(String line, io.fpsh.device.DeviceIo io) {
            if (line.startsWith("sudo su")) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ftd.run(line, io);
        }

        @Override public void cancel() { ftd.cancel(); }

        @Override public boolean isOpen() { return ftd.isOpen(); }

        @Override public String targetName() { return ftd.targetName(); }

        @Override public void close() { ftd.close(); }

        @Override public Duration commandDeadline() { return own; }

        @Override public void setCommandDeadline(Duration deadline) { own = deadline; }
    }

    @Test
    void theEnvironmentVariableMustBeSetAndNotEmpty() {
        CredentialsException unset = org.junit.jupiter.api.Assertions.assertThrows(CredentialsException.class,
                () -> Credentials.fromEnvironment("FPSH_TEST_SURELY_UNSET_VARIABLE"));
        assertEquals("--password-env FPSH_TEST_SURELY_UNSET_VARIABLE given but the environment variable"
                + " FPSH_TEST_SURELY_UNSET_VARIABLE is not set", unset.getMessage());
        CredentialsException empty = org.junit.jupiter.api.Assertions.assertThrows(CredentialsException.class,
                () -> Credentials.fromEnvironment("FPSH_PW", Map.of("FPSH_PW", "")));
        assertEquals("--password-env FPSH_PW given but the environment variable FPSH_PW is empty", empty.getMessage());
        CredentialsException none = org.junit.jupiter.api.Assertions.assertThrows(CredentialsException.class,
                () -> Credentials.fromEnvironment(""));
        assertEquals("--password-env needs the name of an environment variable", none.getMessage());
    }

    @Test
    void theTerminalIsAskedOncePerSessionAndAgainAfterARefusal() throws Exception {
        List<String> prompts = new ArrayList<>();
        List<String> typed = new ArrayList<>(List.of("typo", PASSWORD));
        Credentials terminal = Credentials.fromTerminal(prompt -> {
            prompts.add(prompt);
            return typed.remove(0);
        });
        try (SimulatedFtd ftd = lab(); DeviceDriver driver = new DeviceDriver(ftd, terminal)) {
            assertEquals(CommandResult.Outcome.NOT_AVAILABLE, driver.run(Mode.ROOT, "whoami", DEADLINE).outcome());
            assertEquals("root\n", driver.run(Mode.ROOT, "whoami", DEADLINE).stdout());
            for (int i = 0; i < 2; i++) {
                driver.moveTo(Mode.EXPERT, DEADLINE);
                driver.run(Mode.EXPERT, "sudo -k", DEADLINE);
                CommandResult again = driver.run(Mode.ROOT, "whoami", DEADLINE);
                assertEquals("root\n", again.stdout(), again::toString);
            }
            assertEquals(List.of("[fpsh] password for admin: ", "[fpsh] password for admin: "), prompts,
                    "asked again after the refusal, then remembered");
        }
    }

    @Test
    void aCommandThatHangsIsCancelledAtTheDeadlineAndTheSessionGoesOn() throws Exception {
        try (SimulatedFtd ftd = lab(); DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            driver.moveTo(Mode.EXPERT, DEADLINE);
            Duration deadline = Duration.ofMillis(1500);
            // the lab's DNS server never answers: nslookup gives up after 15 s of its own
            CommandResult lookup = driver.run(Mode.EXPERT, "nslookup api-sse.cisco.com", deadline);
            assertEquals(CommandResult.Outcome.TIMEOUT, lookup.outcome());
            assertEquals("'nslookup api-sse.cisco.com' got no prompt from lab:ftd01-dns within 1500 ms"
                    + " (cancelled with Ctrl-C)", lookup.error());

            CommandResult follow = driver.run(Mode.EXPERT, "tail -f /ngfw/var/log/action_queue.log", deadline);
            assertEquals(CommandResult.Outcome.TIMEOUT, follow.outcome());
            assertFalse(follow.output().isEmpty(), "what came before the deadline is kept");

            CommandResult after = driver.run(Mode.ROOT, "whoami", DEADLINE);
            assertEquals(CommandResult.Outcome.COMPLETED, after.outcome(), after::error);
            assertEquals("root\n", after.stdout());
        }
    }

    @Test
    void aCommandThatIgnoresCtrlCClosesTheSessionWithOneLine() throws Exception {
        try (SimulatedFtd ftd = lab(); DeafToCtrlC deaf = new DeafToCtrlC(ftd);
             DeviceDriver driver = new DeviceDriver(deaf, Credentials.fromDevice(ftd))) {
            driver.moveTo(Mode.EXPERT, DEADLINE);
            CommandResult follow = driver.run(Mode.EXPERT, "tail -f /ngfw/var/log/action_queue.log", Duration.ofSeconds(1));
            assertEquals(CommandResult.Outcome.TIMEOUT, follow.outcome());
            assertEquals("'tail -f /ngfw/var/log/action_queue.log' got no prompt from lab:ftd01-dns within 1 s"
                    + " (session closed)", follow.error());
            CommandResult next = driver.run(Mode.EXPERT, "whoami", DEADLINE);
            // the device was reached and hung: what follows is TIMEOUT too (a fleet reports the device TIMEOUT)
            assertEquals(CommandResult.Outcome.TIMEOUT, next.outcome());
            assertEquals("the session to lab:ftd01-dns was closed after 'tail -f /ngfw/var/log/action_queue.log'"
                    + " ignored Ctrl-C for 2 s", next.error());
            assertFalse(deaf.isOpen());
        }
    }

    /** A device whose running command does not stop at Ctrl-C (a hung box): everything else is the lab's. */
    private static final class DeafToCtrlC implements io.fpsh.device.Device {
        private final SimulatedFtd ftd;
        private volatile boolean closed;

        DeafToCtrlC(SimulatedFtd ftd) {
            this.ftd = ftd;
        }

        @Override public String banner() { return ftd.banner(); }

        @Override public Mode mode() { return ftd.mode(); }

        @Override public String prompt() { return ftd.prompt(); }

        @Override public int run(String line, io.fpsh.device.DeviceIo io) { return ftd.run(line, io); }

        @Override public void cancel() { }

        @Override public boolean isOpen() { return !closed && ftd.isOpen(); }

        @Override public String targetName() { return ftd.targetName(); }

        /** Closing the connection is what ends a hung command: the lab's shell stops with it. */
        @Override public void close() {
            closed = true;
            ftd.close();
        }
    }

    @Test
    void theLocalMachineHasOnlyItsShell() throws Exception {
        try (LocalMachine local = new LocalMachine(); DeviceDriver driver = new DeviceDriver(local, Credentials.none())) {
            for (Mode mode : List.of(Mode.CLISH, Mode.ROOT, Mode.DIAGNOSTIC, Mode.DIAGNOSTIC_ENABLE)) {
                CommandResult result = driver.run(mode, "show network", DEADLINE);
                assertEquals(CommandResult.Outcome.NOT_AVAILABLE, result.outcome(), mode.toString());
                assertEquals(ModeNames.of(mode) + " mode is not available on local", result.error());
            }
            assertTrue(local.isOpen(), "nothing was typed to get there");
            CommandResult echo = driver.run(Mode.EXPERT, "echo here", DEADLINE);
            assertEquals(CommandResult.Outcome.COMPLETED, echo.outcome(), echo::error);
            assertEquals("here\n", echo.stdout());
        }
    }

    @Test
    void aTargetThatCannotBeReachedIsUnreachableInOneLine() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (io.fpsh.device.Device ssh = io.fpsh.target.Targets.open("ssh://admin@127.0.0.1:" + closedPort);
             DeviceDriver driver = new DeviceDriver(ssh, Credentials.none())) {
            CommandResult result = driver.run(Mode.EXPERT, "whoami", DEADLINE);
            assertEquals(CommandResult.Outcome.UNREACHABLE, result.outcome(), result::toString);
            assertTrue(result.error().contains("127.0.0.1"), result.error());
            assertEquals(1, result.error().lines().count(), result.error());
            assertFalse(result.error().contains("Exception"), result.error());
        }
    }

    @Test
    void aClosedSessionIsUnreachable() throws Exception {
        try (SimulatedFtd ftd = lab(); DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            assertEquals(CommandResult.Outcome.COMPLETED, driver.run(Mode.CLISH, "exit", DEADLINE).outcome());
            for (Mode mode : ftd.supportedModes()) {
                CommandResult result = driver.run(mode, "show version", DEADLINE);
                assertEquals(CommandResult.Outcome.UNREACHABLE, result.outcome(), mode.toString());
                assertEquals("the session to lab:ftd01-dns is closed", result.error());
            }
        }
    }

    /** A Firepower 2110's FXOS is reached from every other mode, its firepower# told from LINA's by the way there. */
    @Test
    void anAppliancesFxosIsReachedFromEachModeAndAVirtualFtdHasNone() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("fpr2110-healthy"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            assertEquals(java.util.EnumSet.allOf(Mode.class), ftd.supportedModes());
            for (Mode from : Mode.values()) {
                assertEquals(CommandResult.Outcome.COMPLETED, driver.moveTo(from, DEADLINE).outcome(), from::toString);
                CommandResult result = driver.run(Mode.FXOS, "show version", DEADLINE);
                assertEquals(CommandResult.Outcome.COMPLETED, result.outcome(), () -> from + ": " + result.error());
                assertEquals(Mode.FXOS, driver.mode(), from::toString);
                assertEquals("  Version: 82.10(1.347i)\n  Startup-Vers: 82.10(1.347i)\n", result.stdout(), from::toString);
            }
        }
        try (SimulatedFtd ftd = lab(); DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            CommandResult result = driver.run(Mode.FXOS, "show version", DEADLINE);
            assertEquals(CommandResult.Outcome.NOT_AVAILABLE, result.outcome());
            assertEquals("fxos mode is not available on lab:ftd01-dns", result.error());
        }
    }
}
