package io.fpsh.playbook;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.probe.ProbeResult;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped dns playbook on the DNS labs, through PlaybookRunner on the labs' real DNS servers: each lab's finding
 * first, with its fix; a healthy device (ftd01-dns once fixed) passes with no finding.
 */
class DnsPlaybookTest {
    /** What every DNS fix ends with: the connector dials at once instead of at its next retry. */
    private static final FixCommand RESTART = FixCommand.root("pmtool restartbyid SSEConnector");

    private static final Map<String, String> SITE = Map.of("site-dns", "192.0.2.11");

    @Test
    void namesTheDeadServerWithItsFixThenPassesOnceFixed() throws Exception {
        try (Lab lab = new Lab("ftd01-dns", SITE)) {
            List<StepResult> seen = new ArrayList<>();
            DeviceRun before = PlaybookRunner.run(lab.plan, lab.target, Duration.ofMinutes(2), seen::add);

            assertEquals(Verdict.FAIL, before.verdict(), before::toString);
            assertEquals(2, seen.size());
            Finding dead = before.findings().get(0);
            assertEquals("DNS-SERVER-DEAD", dead.id());
            assertEquals(List.of(FixCommand.clish("configure network dns servers 192.0.2.11"), RESTART), dead.fix());
            assertEquals(1, before.findings().size(), before::toString);
            // asked for one second; the device's own resolver waited out the same server minutes ago (the connector's
            // last lookup, in connector.log: its registration's, to api-sse), so it is not asked again for 5 s; then the
            // site's server is checked
            assertTrue(dead.actual().startsWith("192.0.2.10: no answer for api-sse.cisco.com in 1 s; the device's own"
                    + " resolver timed out on it at 2020-04-08T01:18:37"), dead.actual());
            List<String> asked = sent(before.steps().get(1));
            assertEquals("nslookup -type=A -timeout=1 -retry=1 api-sse.cisco.com 192.0.2.10", asked.get(0));
            assertTrue(asked.stream().noneMatch(line -> line.contains("-timeout=5")), asked::toString);
            assertTrue(asked.contains("nslookup -type=A -timeout=1 -retry=1 eventing-ingest.sse.itd.cisco.com 192.0.2.11"),
                    asked::toString);
            assertEquals(ExitStatus.FINDINGS, ExitStatus.of(List.of(before)));

            lab.driver.run(Mode.CLISH, dead.fix().get(0).line(), Duration.ofSeconds(10));
            lab.target.forget();
            DeviceRun after = PlaybookRunner.run(lab.plan, lab.target, Duration.ofMinutes(2), r -> {});
            assertEquals(Verdict.PASS, after.verdict(), after::toString);
            assertEquals(List.of(), after.findings());
            assertEquals(ExitStatus.OK, ExitStatus.of(List.of(after)));
        }
    }

    @Test
    void withoutASiteServerOrAnotherWorkingOneTheDeadServerHasNoFixToType() throws Exception {
        try (Lab lab = new Lab("ftd01-dns", Map.of())) {
            DeviceRun run = PlaybookRunner.run(lab.plan, lab.target, Duration.ofMinutes(2), r -> {});
            assertEquals("DNS-SERVER-DEAD", run.findings().get(0).id());
            assertEquals(List.of(), run.findings().get(0).fix());
        }
    }

    @Test
    void aDeadServerBeforeAWorkingOneIsReplacedByTheWorkingOne() throws Exception {
        try (Lab lab = new Lab("ftd01-dns", Map.of())) {
            lab.driver.run(Mode.CLISH, "configure network dns servers 192.0.2.10,192.0.2.11", Duration.ofSeconds(10));
            DeviceRun run = PlaybookRunner.run(lab.plan, lab.target, Duration.ofMinutes(2), r -> {});
            assertEquals(1, run.findings().size(), run::toString);
            assertEquals("DNS-SERVER-DEAD", run.findings().get(0).id());
            assertEquals(List.of(FixCommand.clish("configure network dns servers 192.0.2.11"), RESTART), run.findings().get(0).fix());
            // the connector resolves through 192.0.2.11 now: the silent server is asked once more, with the device's 5 s
            assertTrue(sent(run.steps().get(1)).contains("nslookup -type=A -timeout=5 -retry=1 api-sse.cisco.com 192.0.2.10"));
            assertEquals("192.0.2.10: no answer for api-sse.cisco.com in 1 s, nor in 5 s", run.findings().get(0).actual());
        }
    }

    @Test
    void anSseHostThatDoesNotExistIsNxdomainAndOnlyTheServersOwnersCanFixIt() throws Exception {
        try (Lab lab = new Lab("ftd01-nxdomain", SITE)) {
            DeviceRun run = PlaybookRunner.run(lab.plan, lab.target, Duration.ofMinutes(2), r -> {});
            assertEquals(Verdict.FAIL, run.verdict(), run::toString);
            Finding first = run.findings().get(0);
            assertEquals("DNS-NXDOMAIN", first.id());
            assertEquals("192.0.2.11 answers NXDOMAIN for api-sse.cisco.com: no other server known to resolve it;"
                    + " the zone must be repaired on the server", first.actual());
            assertEquals(List.of(), first.fix());
            assertEquals(1, run.findings().size(), run::toString);
        }
    }

    @Test
    void aServfailForOneHostIsNamed() throws Exception {
        try (Lab lab = new Lab("ftd01-servfail", SITE)) {
            DeviceRun run = PlaybookRunner.run(lab.plan, lab.target, Duration.ofMinutes(2), r -> {});
            assertEquals("DNS-SERVFAIL", run.findings().get(0).id(), run::toString);
            assertTrue(run.findings().get(0).actual().startsWith("192.0.2.11 answers SERVFAIL for api-sse.cisco.com"));
            assertEquals(1, run.findings().size(), run::toString);
        }
    }

    @Test
    void aSlowServerIsAWarningNotADeadOne() throws Exception {
        try (Lab lab = new Lab("ftd01-slow-dns", SITE)) {
            DeviceRun run = PlaybookRunner.run(lab.plan, lab.target, Duration.ofMinutes(2), r -> {});
            assertEquals(Verdict.WARN, run.verdict(), run::toString);
            assertEquals(1, run.findings().size(), run::toString);
            Finding slow = run.findings().get(0);
            assertEquals("DNS-SLOW", slow.id());
            assertEquals(Verdict.WARN, slow.verdict());
            assertEquals(List.of(FixCommand.clish("configure network dns servers 192.0.2.11"), RESTART), slow.fix());
            assertEquals(ExitStatus.OK, ExitStatus.of(List.of(run)));
            // the other hosts are asked with the device's wait at once: a second each would only time out
            assertTrue(sent(run.steps().get(1)).contains(
                    "nslookup -type=A -timeout=5 -retry=1 eventing-ingest.sse.itd.cisco.com 192.0.2.12"));
        }
    }

    @Test
    void noServerAtAllIsNamedWithTheSitesServerAsItsFix() throws Exception {
        try (Lab lab = new Lab("ftd01-dns", SITE)) {
            lab.ftd.state().setDnsServers(List.of());
            DeviceRun run = PlaybookRunner.run(lab.plan, lab.target, Duration.ofMinutes(2), r -> {});
            assertEquals("DNS-NO-SERVER", run.findings().get(0).id(), run::toString);
            assertEquals(List.of(FixCommand.clish("configure network dns servers 192.0.2.11"), RESTART), run.findings().get(0).fix());
            assertEquals(Verdict.BLOCKED, run.steps().get(1).verdict());
        }
    }

    private static List<String> sent(StepResult step) {
        return step.evidence().stream().filter(r -> r.probe().equals("nslookup")).map(ProbeResult::evidence)
                .map(e -> e.sent()).toList();
    }

    /** A lab device, its driver and a playbook session on it. */
    static final class Lab implements AutoCloseable {
        final Plan plan = PlaybookLoader.shipped("dns");
        final SimulatedFtd ftd;
        final DeviceDriver driver;
        final TargetSession target;

        Lab(String name, Map<String, String> site) throws Exception {
            ftd = new SimulatedFtd(LabDevices.read(name));
            driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd));
            target = new TargetSession(driver, site, Duration.ofSeconds(30));
        }

        @Override
        public void close() {
            driver.close();
            ftd.close();
        }
    }
}
