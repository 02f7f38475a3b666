package io.fpsh.playbook.report;

import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.fpsh.playbook.report.LabRunReports.device;
import static io.fpsh.playbook.report.LabRunReports.finding;
import static io.fpsh.playbook.report.LabRunReports.report;
import static io.fpsh.playbook.report.LabRunReports.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ReportDiffTest {
    @TempDir
    Path dir;

    /** Through the files, as fpsh report diff reads them. */
    private RunReport throughJson(RunReport report) throws Exception {
        Path file = dir.resolve("r" + System.nanoTime() + ".json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonReport.write(report, out);
        }
        return RunReportJson.read(file);
    }

    @Test
    void theFixOnTheDnsLabShowsAsTheDeviceTheStepAndTheFindingThatChanged() throws Exception {
        RunReport before = throughJson(LabRunReports.dnsOnFtd01Dns());
        RunReport after = throughJson(LabRunReports.dnsOnFtd01DnsFixed());
        assertEquals("""
                ~ lab:ftd01-dns: FAIL -> PASS
                ~ lab:ftd01-dns dns-answers: FAIL -> PASS
                - lab:ftd01-dns dns-answers: DNS-SERVER-DEAD: a configured DNS server never answers
                """, ReportDiffText.render(ReportDiff.between(before, after)));
    }

    @Test
    void twoRunsOfTheSameLabDifferOnlyInWhatAlwaysChangesSoNothingIsListed() throws Exception {
        RunReport first = throughJson(LabRunReports.dnsOnFtd01DnsFixed());
        RunReport second = throughJson(LabRunReports.dnsOnFtd01DnsFixedAgain());
        assertNotEquals(first.started(), second.started());
        assertNotEquals(first.devices().get(0).run().durationMicros(), second.devices().get(0).run().durationMicros());
        assertEquals(List.of(), ReportDiff.between(first, second));
    }

    @Test
    void devicesStepsAndFindingsAddedGoneFixedAndOpenAgain() {
        Finding dead10 = finding("DNS-SERVER-DEAD", "dns-answers", "192.0.2.10 answers", "no answer in 5 s");
        Finding dead12 = finding("DNS-SERVER-DEAD", "dns-answers", "192.0.2.12 answers", "no answer in 5 s");
        Finding slow = finding("DNS-SLOW", "dns-answers", "under 1 s", "2100 ms");
        RunReport old = report(
                device("ftd01", step("dns-servers", Verdict.PASS, "a"), step("dns-answers", Verdict.FAIL, "", dead10, slow)),
                device("ftd02", step("dns-servers", Verdict.PASS, "")),
                device("ftd03", step("dns-servers", Verdict.FAIL, "", dead12.asFixed())));
        RunReport now = new RunReport("xdr-health", old.started().plusSeconds(60), 1, List.of(
                device("ftd01", step("dns-servers", Verdict.PASS, "b"), step("dns-answers", Verdict.FAIL, "",
                        finding("DNS-SERVER-DEAD", "dns-answers", "192.0.2.10 answers", "no answer in 6 s").asFixed(),
                        dead12), step("conn-443", Verdict.TIMEOUT, "")),
                device("ftd03", step("dns-servers", Verdict.FAIL, "", dead12)),
                device("ftd04", step("dns-servers", Verdict.UNREACHABLE, ""))));
        assertEquals("""
                ~ playbook: dns -> xdr-health
                + ftd01 conn-443: new step (TIMEOUT)
                ~ ftd01 dns-answers: DNS-SERVER-DEAD: title of DNS-SERVER-DEAD (fixed)
                + ftd01 dns-answers: DNS-SERVER-DEAD: title of DNS-SERVER-DEAD [no answer in 5 s]
                - ftd01 dns-answers: DNS-SLOW: title of DNS-SLOW
                ~ ftd03 dns-answers: DNS-SERVER-DEAD: title of DNS-SERVER-DEAD (open again) [no answer in 5 s]
                + ftd04: new device (UNREACHABLE)
                - ftd02: device gone (was PASS)
                """, ReportDiffText.render(ReportDiff.between(old, now)));
        assertEquals(List.of(), ReportDiff.between(now, now));
    }

    @Test
    void aStepGoneFromAPlaybookIsListed() {
        DeviceReport before = device("ftd01", step("a", Verdict.PASS, ""), step("b", Verdict.WARN, ""));
        DeviceReport after = device("ftd01", step("a", Verdict.PASS, ""));
        assertEquals("~ ftd01: WARN -> PASS\n- ftd01 b: step gone (was WARN)\n",
                ReportDiffText.render(ReportDiff.between(report(before), report(after))));
    }
}
