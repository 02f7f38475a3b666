package io.fpsh.playbook.report;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookRunner;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Step;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.fpsh.playbook.report.LabRunReports.device;
import static io.fpsh.playbook.report.LabRunReports.report;
import static io.fpsh.playbook.report.LabRunReports.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RerunSelectionTest {
    @TempDir
    Path dir;

    private Path file(RunReport report) throws Exception {
        Path file = dir.resolve("old.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonReport.write(report, out);
        }
        return file;
    }

    @Test
    void theDnsLabsFailedStepRunsAgainWithTheStepItNeedsAndPassesOnceFixed() throws Exception {
        RerunSelection selection = RerunSelection.read(file(LabRunReports.dnsOnFtd01Dns()));
        assertEquals("dns", selection.playbook());
        assertEquals(Map.of("lab:ftd01-dns", List.of("dns-answers")), selection.steps());

        Plan plan = PlaybookLoader.shipped("dns");
        Plan again = selection.planFor(plan, "lab:ftd01-dns");
        assertEquals(List.of("dns-servers", "dns-answers"), again.steps().stream().map(Step::id).toList(),
                "dns-answers needs dns-servers: without it the step would be BLOCKED");
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", Duration.ofSeconds(10));
            TargetSession target = new TargetSession(driver, Map.of(), Duration.ofSeconds(30));
            DeviceRun rerun = PlaybookRunner.run(again, target, Duration.ofMinutes(1), r -> {});
            assertEquals(Verdict.PASS, rerun.verdict(), rerun::toString);
            assertEquals(2, rerun.steps().size());
        }
    }

    @Test
    void everyVerdictButPassAndSkipRunsAgainAndAPassingDeviceDoesNot() throws Exception {
        RunReport old = report(
                device("ftd01", step("a", Verdict.PASS, ""), step("b", Verdict.WARN, ""), step("c", Verdict.SKIP, "")),
                device("ftd02", step("a", Verdict.PASS, ""), step("c", Verdict.SKIP, "")),
                device("ftd03", step("a", Verdict.ERROR, ""), step("b", Verdict.BLOCKED, ""),
                        step("c", Verdict.TIMEOUT, ""), step("d", Verdict.UNREACHABLE, ""), step("e", Verdict.FAIL, "")),
                new io.fpsh.playbook.DeviceReport("ftd04", new DeviceRun("dns", "ftd04", Verdict.UNREACHABLE,
                        List.<StepResult>of(), 0), null, List.of()));
        RerunSelection selection = RerunSelection.read(file(old));
        assertEquals(List.of("ftd01", "ftd03", "ftd04"), List.copyOf(selection.targets()));
        assertEquals(List.of("b"), selection.steps().get("ftd01"));
        assertEquals(List.of("a", "b", "c", "d", "e"), selection.steps().get("ftd03"));
        assertEquals(List.of(), selection.steps().get("ftd04"), "no step known: the whole plan");
        assertTrue(!selection.includes("ftd02"));
    }

    @Test
    void needsAreKeptTransitivelyInThePlansOrderAndUnknownStepsLeftOut() {
        Step.Body nothing = c -> { };
        Plan plan = new Plan("p", "", List.of(), List.of(
                new Step("a", "", List.of(), null, nothing),
                new Step("b", "", List.of("a"), null, nothing),
                new Step("x", "", List.of(), null, nothing),
                new Step("c", "", List.of("b"), null, nothing)));
        assertEquals(List.of("a", "b", "c"),
                RerunSelection.restrictedTo(plan, List.of("c", "gone")).steps().stream().map(Step::id).toList());
        RerunSelection renamed = new RerunSelection("p", Map.of("ftd01", List.of("gone")));
        assertSame(plan, renamed.planFor(plan, "ftd01"), "no selected step is left in the plan: all of it runs");
    }

    @Test
    void anOldFileThatIsNotARunReportIsOneLine() throws Exception {
        Path probe = Files.writeString(dir.resolve("probe.json"), "{\"status\": \"OK\"}");
        ReportFormatException e = assertThrows(ReportFormatException.class, () -> RerunSelection.read(probe));
        assertTrue(e.getMessage().contains("not an fpsh run report"), e.getMessage());
    }
}
