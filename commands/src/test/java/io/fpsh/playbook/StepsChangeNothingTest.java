package io.fpsh.playbook;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeOutput;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A playbook changes a device only inside a fix: every door a step has to the device refuses a configuring line. */
class StepsChangeNothingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CHANGE = "configure network dns servers 192.0.2.99";

    @TempDir
    Path dir;

    @Test
    void aStepTryingToConfigureThroughItsContextIsAnErrorAndTheDeviceIsUnchanged() throws Exception {
        Path file = dir.resolve("doors.groovy");
        Files.writeString(file, """
                playbook 'doors', 'tries to change the device from its steps'
                step 'door-probe-name', 'a probe named as the line', {
                    read('configure', 'network', 'dns', 'servers', '192.0.2.99')
                }
                step 'door-probe-argument', 'the line as a probe argument', {
                    read('show-network', '%1$s')
                }
                step 'door-shell-argument', 'the line after a name in the Linux shell', {
                    nslookup('api-sse.cisco.com; %1$s')
                }
                step 'door-curl-argument', 'the line in a URL', {
                    curl("https://api-sse.cisco.com/ `%1$s`")
                }
                """.formatted(CHANGE));
        Plan plan = PlaybookLoader.file(file);
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            DeviceReport report = PlaybookSession.run(plan, new TargetSession(driver, Map.of(), TIMEOUT),
                    new RunOptions(Map.of(), TIMEOUT, Duration.ofMinutes(1), RunOptions.FixMode.YES, true), null, r -> {});

            for (StepResult step : report.run().steps()) {
                assertEquals(Verdict.ERROR, step.verdict(), step::toString);
                assertTrue(step.evidence().isEmpty(), () -> step.id() + " sent something: " + step.evidence());
            }
            assertEquals(List.of("192.0.2.10"), dnsServers(driver));
        }
    }

    @Test
    void theSessionsDriverIsOutOfAStepsReach() throws Exception {
        // the type checker lets a closure read its delegate's private fields: what it finds there types no line
        for (String reach : List.of("target.driver()", "((io.fpsh.playbook.TargetSession) target).driver()")) {
            Path file = dir.resolve("reach.groovy");
            Files.writeString(file, """
                    import io.fpsh.device.Mode
                    import java.time.Duration
                    playbook 'reach', 'reaches for the session behind its context'
                    step 'door-private-field', 'the target behind the context', {
                        %s.run(Mode.CLISH, '%s', Duration.ofSeconds(5))
                    }
                    """.formatted(reach, CHANGE));
            PlaybookLoadException refused = assertThrows(PlaybookLoadException.class, () -> PlaybookLoader.file(file),
                    reach);
            assertTrue(refused.getMessage().startsWith(file + ":"), refused::getMessage);
        }
    }

    @Test
    void aProbeWhoseLineChangesTheDeviceIsNotSent() throws Exception {
        Probe<NetworkInfo> configuring = new Probe<>() {
            @Override public String name() { return "configuring"; }
            @Override public String summary() { return "a probe that would change the device"; }
            @Override public Mode mode() { return Mode.CLISH; }
            @Override public Class<NetworkInfo> recordType() { return NetworkInfo.class; }
            @Override public String command(List<String> args) { return CHANGE; }
            @Override public NetworkInfo parse(ProbeOutput output, List<String> args) { return null; }
        };
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            TargetSession target = new TargetSession(driver, Map.of(), TIMEOUT);
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> target.probe(configuring, List.of(), TIMEOUT));
            assertEquals("not sent: '" + CHANGE + "' changes lab:ftd01-dns; a playbook changes a device only through a"
                    + " finding's fix (--fix)", refused.getMessage());
            assertEquals(List.of("192.0.2.10"), dnsServers(driver));
        }
    }

    private static List<String> dnsServers(DeviceDriver driver) {
        CommandResult shown = driver.run(Mode.CLISH, "show network", TIMEOUT);
        return shown.output().lines().filter(line -> line.strip().startsWith("DNS Servers"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).toList();
    }
}
