package io.fpsh.playbook;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event path taken from a device's run: each hop's worst verdict, its findings, the first broken hop. */
class EventPathTest {
    @TempDir
    Path dir;

    /**
     * xdr-health on the guide's lab (its resolver's time-outs shortened), its steps told they check the DNS hop (the
     * dns playbook names its hops once merged): DNS is the first broken hop with the dead server's finding; after the
     * fix it passes and nothing is broken.
     */
    @Test
    void theGuidesLabBreaksAtDnsUntilFixed() throws Exception {
        Plan plan = onHop(PlaybookLoader.shipped("xdr-health"), Hop.DNS);
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(FastLab.write(dir, "ftd01-dns").toString()));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            TargetSession target = new TargetSession(driver, ftd.siteParams(), Duration.ofSeconds(30));
            EventPath before = EventPath.of(PlaybookRunner.run(plan, target, Duration.ofMinutes(2), r -> {}));

            assertEquals(Verdict.FAIL, before.hop(Hop.DNS).verdict());
            assertEquals(List.of("DNS-SERVER-DEAD"), before.hop(Hop.DNS).findings());
            assertEquals(Hop.DNS, before.firstBroken().orElseThrow().hop());
            assertTrue(io.fpsh.playbook.report.EventPathPicture.render(before, false, 80)
                    .contains("DNS: DNS-SERVER-DEAD (first broken hop)\n"));
            assertEquals(Arrays.asList(Hop.values()), before.hops().stream().map(EventPath.HopState::hop).toList());
            for (Hop other : List.of(Hop.EVENT_HANDLER, Hop.UNIX_SOCKET, Hop.SSE_CONNECTOR, Hop.TCP_443, Hop.TLS, Hop.SSE, Hop.XDR)) {
                assertFalse(before.hop(other).checked(), other + " has no step in this run");
                assertNull(before.hop(other).verdict());
            }

            // the finding's fix: the server, then the connector restarted so it dials now, not at its next retry
            driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", Duration.ofSeconds(10));
            driver.run(Mode.ROOT, "pmtool restartbyid SSEConnector", Duration.ofSeconds(10));
            target.forget();
            EventPath after = EventPath.of(PlaybookRunner.run(plan, target, Duration.ofMinutes(2), r -> {}));
            assertEquals(Verdict.PASS, after.hop(Hop.DNS).verdict());
            assertEquals(List.of(), after.hop(Hop.DNS).findings());
            assertTrue(after.firstBroken().isEmpty());
        }
    }

    /**
     * A hop's verdict is the worst of its steps'; the first FAIL in path order is the first broken hop, whatever
     * the order the steps ran in; a hop that could not be judged is not broken; a fixed finding is not listed.
     */
    @Test
    void worstVerdictPerHopAndTheFirstFailInPathOrder() {
        DeviceRun run = new DeviceRun("xdr-health", "lab:test", Verdict.FAIL, List.of(
                step("sse", Hop.SSE, Verdict.FAIL, finding("SSE-THING", false)),
                step("dns-a", Hop.DNS, Verdict.PASS),
                step("dns-b", Hop.DNS, Verdict.WARN, finding("DNS-SLOW", false)),
                step("socket", Hop.UNIX_SOCKET, Verdict.TIMEOUT),
                step("tls-a", Hop.TLS, Verdict.FAIL, finding("CERT-EXPIRED", false), finding("CLOCK-SKEW", false)),
                step("tls-b", Hop.TLS, Verdict.FAIL, finding("CERT-EXPIRED", false), finding("TLS-HANGUP", true)),
                step("checklist", null, Verdict.FAIL, finding("LICENCE", false))), 1);
        EventPath path = EventPath.of(run);

        assertEquals(Verdict.WARN, path.hop(Hop.DNS).verdict());
        assertEquals(List.of("DNS-SLOW"), path.hop(Hop.DNS).findings());
        assertEquals(Verdict.TIMEOUT, path.hop(Hop.UNIX_SOCKET).verdict());
        assertFalse(path.hop(Hop.UNIX_SOCKET).firstBroken());
        assertEquals(List.of("CERT-EXPIRED", "CLOCK-SKEW"), path.hop(Hop.TLS).findings());
        assertEquals(Hop.TLS, path.firstBroken().orElseThrow().hop());
        assertFalse(path.hop(Hop.SSE).firstBroken());
        assertEquals(1, path.hops().stream().filter(EventPath.HopState::firstBroken).count());
        assertTrue(path.hops().stream().noneMatch(h -> h.findings().contains("LICENCE")), "a step of no hop is on no hop");
    }

    /** {@code plan} with every step checking {@code hop}. */
    static Plan onHop(Plan plan, Hop hop) {
        return new Plan(plan.name(), plan.summary(), plan.findings(),
                plan.steps().stream().map(s -> new Step(s.id(), s.title(), s.needs(), hop, s.body())).toList());
    }

    static StepResult step(String id, Hop hop, Verdict verdict, Finding... findings) {
        return new StepResult(id, id, hop, verdict, "", List.of(findings), List.of(), 0, null);
    }

    static Finding finding(String id, boolean fixed) {
        return new Finding(new FindingKind(id, id, "", Verdict.FAIL, ""), "step", "", "", List.of(), fixed);
    }
}
