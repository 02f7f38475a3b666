package io.fpsh.playbook;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.ShowNetworkParser;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's DNS section on an FTD 7.4 (ftd74-dns, a lab over ftd74-healthy): the dns playbook and xdr-health read
 * 7.4's layouts, name the planted dead server first, and the guide's fix typed by --fix makes the run pass.
 */
class Ftd74DnsLabTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void theDnsPlaybookFindsTheDeadServerIn74sLayoutAndItsFixWorks() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd74-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            String shown = driver.run(Mode.CLISH, "show network", TIMEOUT).output();
            assertTrue(shown.contains("DNS from router           : enabled"), "7.4's layout: " + shown);
            assertEquals(List.of("192.0.2.10"), ShowNetworkParser.parse(shown).dnsServers());
            assertTrue(driver.run(Mode.CLISH, "show version", TIMEOUT).output().contains("LSP version"));

            TargetSession target = new TargetSession(driver, Map.of("site-dns", "192.0.2.11"), TIMEOUT);
            DeviceReport report = PlaybookSession.run(PlaybookLoader.shipped("dns"), target,
                    new RunOptions(Map.of(), TIMEOUT, Duration.ofMinutes(2), RunOptions.FixMode.YES, false),
                    (finding, command) -> { throw new AssertionError("--yes asks nothing"); }, r -> {});
            assertEquals(Verdict.FAIL, report.beforeFixes().verdict(), report::toString);
            assertEquals("DNS-SERVER-DEAD", report.beforeFixes().findings().get(0).id());
            assertEquals(Verdict.PASS, report.verdict(), report::toString);
            assertEquals(List.of("192.0.2.11"),
                    ShowNetworkParser.parse(driver.run(Mode.CLISH, "show network", TIMEOUT).output()).dnsServers());
        }
    }

    @Test
    void xdrHealthNamesThePlantedFindingFirst() throws Exception {
        DeviceRun run = PlaybookLabs.run("xdr-health", "ftd74-dns", LabDevices.read("ftd74-dns").site());
        assertEquals(Verdict.FAIL, run.verdict(), run::toString);
        assertEquals("DNS-SERVER-DEAD", run.findings().get(0).id(), run::toString);
    }
}
