package io.fpsh.playbook;

import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.LabFile;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The first Must-show: xdr-health, run through the engine on every shipped lab, names the finding the lab
 * plants FIRST, with --fix --yes fixes it where the device can (the run after passes), and passes the healthy lab
 * with no finding at all.
 *
 * <p>Each finding comes with the playbook that reports it ({@link #REPORTED_BY}). A lab whose playbook is not in this
 * build yet is reported as aborted ("pending: ..."), naming the playbook it waits for; from the build that ships that
 * playbook on, the lab runs and must pass (xdr-health must include the playbook and it must declare the finding).
 * {@link #everyPlantedFindingHasAReporter} keeps the table whole, so no lab is left without one.
 */
class XdrHealthLabsTest {
    /** Which playbook reports each planted finding (the common brief's table). */
    static final Map<String, String> REPORTED_BY = Map.ofEntries(
            Map.entry("DNS-SERVER-DEAD", "dns"),
            Map.entry("DNS-NXDOMAIN", "dns"),
            Map.entry("DNS-SERVFAIL", "dns"),
            Map.entry("DNS-SLOW", "dns"),
            Map.entry("DNS-NO-SERVER", "dns"),
            Map.entry("TCP443-BLOCKED", "connectivity"),
            Map.entry("TCP443-REFUSED", "connectivity"),
            Map.entry("HTTP-REDIRECT-LOOP", "connectivity"),
            Map.entry("PROXY-NOT-CONFIGURED", "connectivity"),
            Map.entry("SSE-SERVER-SILENT", "sse-registration"),
            Map.entry("TLS-HANGUP", "sse-registration"),
            Map.entry("TLS-NOT-TLS", "sse-registration"),
            Map.entry("CERT-EXPIRED", "sse-registration"),
            Map.entry("CERT-NOT-YET-VALID", "sse-registration"),
            Map.entry("CLOCK-SKEW", "sse-registration"),
            Map.entry("TLS-INTERCEPTED", "sse-registration"),
            Map.entry("EVENTING-BLOCKED", "sse-connector"),
            Map.entry("CONNECTOR-DOWN", "sse-connector"),
            Map.entry("EVENTHANDLER-DOWN", "sse-connector"),
            // the world around the device (issue 12 §3): the lab-only probes' findings
            Map.entry("FMC-EVENTS-OFF", "licensing"),
            Map.entry("SSE-NOT-LINKED", "licensing"),
            Map.entry("REGION-MISMATCH", "licensing"));

    /** A device's whole run: generous, as the test is about the diagnosis (bench/ measures the time). */
    private static final Duration BUDGET = Duration.ofMinutes(3);

    @TestFactory
    Stream<DynamicTest> xdrHealthNamesEachLabsPlantedFindingFirst() throws Exception {
        Plan plan = PlaybookLoader.shipped("xdr-health");
        // every lab is its own device on its own loopback servers, and the runs mostly wait (time-outs, a slow DNS
        // server): run them four at a time, each test then reads its own lab's report
        ExecutorService labs = Executors.newFixedThreadPool(4);
        Map<String, Future<DeviceReport>> reports = new LinkedHashMap<>();
        // xdr-health checks an FTD: a management center (fmc01-healthy) has not its commands nor its files
        List<LabDevices.ShippedLab> ftds = LabDevices.shipped().stream()
                .filter(shipped -> !io.fpsh.probe.ContractLabs.isFmc(shipped.name())).toList();
        for (LabDevices.ShippedLab shipped : ftds) {
            LabFile lab = LabDevices.read(shipped.name());
            reports.put(shipped.name(), labs.submit(() -> lab.plants().isEmpty()
                    ? DeviceReport.unfixed(diagnose(plan, lab)) : diagnoseAndFix(plan, lab)));
        }
        labs.shutdown();
        return ftds.stream().map(shipped -> DynamicTest.dynamicTest(shipped.name(), () -> {
            LabFile lab = LabDevices.read(shipped.name());
            DeviceReport report = reports.get(shipped.name()).get(BUDGET.toSeconds() * 2, TimeUnit.SECONDS);
            if (lab.plants().isEmpty()) {
                DeviceRun run = report.run();
                assertEquals(List.of(), run.findings().stream().map(Finding::id).toList(), run::toString);
                assertEquals(ExitStatus.OK, ExitStatus.of(List.of(run)), run::toString);
                assertTrue(run.steps().stream().noneMatch(s -> s.verdict().undetermined()
                        || s.verdict() == Verdict.BLOCKED), run::toString);
                return;
            }
            String planted = lab.plants().get(0);
            String reporter = REPORTED_BY.get(planted);
            // only a playbook missing from this build is waited for: a shipped one must find what its labs plant
            assumeTrue(ShippedPlaybooks.className(reporter).isPresent(), () -> "pending: " + planted
                    + " comes with playbook '" + reporter + "', not in this build yet");
            assertTrue(plan.finding(planted).isPresent(), () -> shipped.name() + ": xdr-health declares no " + planted + " (playbook '"
                    + reporter + "' should)");
            // as --fix --yes runs it: the diagnosis is the run before the fixes (the only run when none applies)
            DeviceRun run = report.beforeFixes() == null ? report.run() : report.beforeFixes();
            List<String> found = run.findings().stream().map(Finding::id).toList();
            assertFalse(found.isEmpty(), () -> shipped.name() + ": no finding\n" + run);
            assertEquals(planted, found.get(0), () -> shipped.name() + ": " + found + "\n" + run);
            assertTrue(found.containsAll(lab.plants()), () -> shipped.name() + " plants " + lab.plants() + ", found " + found);
            Finding first = run.findings().get(0);
            // the event path's picture marks first (FAIL only) the hop of the step that found it, where it names one
            Hop hop = run.steps().stream().filter(step -> step.id().equals(first.step())).findFirst().orElseThrow().hop();
            if (hop != null && first.verdict() == Verdict.FAIL) {
                assertEquals(java.util.Optional.of(hop), EventPath.of(run).firstBroken().map(EventPath.HopState::hop),
                        () -> shipped.name() + ": " + EventPath.of(run));
            }
            if (first.fix().isEmpty()) {
                // fixed elsewhere (a firewall, a server, NTP): --fix --yes leaves it open
                assertTrue(report.run().findings().stream().anyMatch(f -> f.id().equals(planted) && !f.fixed()),
                        () -> shipped.name() + ": " + report);
                return;
            }
            // fixable on the device: --fix --yes fixes it and the run after passes (nothing worse than WARN)
            assertTrue(report.fixes().stream().anyMatch(f -> f.finding().equals(planted)
                    && f.outcome() == AppliedFix.Outcome.APPLIED), () -> shipped.name() + ": " + report.fixes());
            assertTrue(report.run().findings().stream().noneMatch(f -> !f.fixed() && f.verdict() == Verdict.FAIL),
                    () -> shipped.name() + " after the fixes: " + report.run());
            assertEquals(ExitStatus.OK, ExitStatus.of(List.of(report.run())), () -> shipped.name() + ": " + report.run());
        }));
    }

    /** The table covers every shipped lab's findings, so no lab waits on a playbook nobody named. */
    @Test
    void everyPlantedFindingHasAReporter() throws Exception {
        TreeSet<String> unknown = new TreeSet<>();
        for (LabDevices.ShippedLab shipped : LabDevices.shipped()) {
            for (String id : LabDevices.read(shipped.name()).plants()) {
                if (!REPORTED_BY.containsKey(id)) {
                    unknown.add(shipped.name() + ": " + id);
                }
            }
        }
        assertEquals(new TreeSet<>(), unknown);
    }

    /**
     * xdr-health takes in the guide's parts in the guide's order: its steps are theirs, part after part, each step
     * once (connectivity includes dns, whose steps xdr-health already has).
     */
    @Test
    void xdrHealthIsTheGuidesPartsInOrder() {
        List<String> order = List.of("licensing", "sse-endpoints", "dns", "connectivity", "sse-registration", "sse-connector");
        List<String> shipped = ShippedPlaybooks.all().stream().map(ShippedPlaybooks.Entry::name).toList();
        List<String> expected = order.stream().filter(shipped::contains)
                .flatMap(part -> PlaybookLoader.shipped(part).steps().stream().map(Step::id)).distinct().toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, PlaybookLoader.shipped("xdr-health").steps().stream().map(Step::id).toList());
    }

    /** xdr-health with --fix --yes on a fresh device of {@code lab}. */
    private static DeviceReport diagnoseAndFix(Plan plan, LabFile lab) throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(lab);
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            TargetSession target = new TargetSession(driver, driver.device().siteParams(),
                    TargetSession.DEFAULT_COMMAND_TIMEOUT);
            RunOptions options = new RunOptions(Map.of(), TargetSession.DEFAULT_COMMAND_TIMEOUT, BUDGET,
                    RunOptions.FixMode.YES, false);
            return PlaybookSession.run(plan, target, options, (finding, command) -> true, step -> {});
        }
    }

    private static DeviceRun diagnose(Plan plan, LabFile lab) throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(lab);
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            TargetSession target = new TargetSession(driver, driver.device().siteParams(),
                    TargetSession.DEFAULT_COMMAND_TIMEOUT);
            return PlaybookRunner.run(plan, target, BUDGET, step -> {});
        }
    }
}
