package io.fpsh.playbook.report;

import io.fpsh.playbook.AppliedFix;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FindingKind;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.Hop;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The terminal's text of a run: step lines, findings with their fixes, the verdict; colour only when asked. */
class TextReportTest {
    private static final FindingKind PROXY = new FindingKind("PROXY-NOT-CONFIGURED", "no HTTP proxy is configured",
            "the connector cannot reach SSE", Verdict.FAIL, "Proxy");
    private static final FixCommand PROXY_FIX = FixCommand.clish("configure network http-proxy", "y",
            "proxy.corp.example", "3128", "y", "jdoe", "S3cret!pw", "S3cret!pw");

    @Test
    void aStepIsOneLineWithItsVerdictTitleAndReason() {
        StepResult blocked = step("dns-answers", Verdict.BLOCKED, "needs dns-servers (FAIL)", List.of());
        assertEquals("BLOCKED     each server answers (needs dns-servers (FAIL))\n", new TextReport(false).step(blocked));
        String coloured = new TextReport(true).step(step("dns-servers", Verdict.PASS, "", List.of()));
        assertEquals("\u001b[32mPASS\u001b[0m        each server answers\n", coloured);
    }

    @Test
    void anErrorNamesThePlaybooksFileAndLine() {
        StepResult error = new StepResult("x", "a step", null, Verdict.ERROR, "NullPointerException", List.of(),
                List.of(), 0, "mine.groovy:12");
        assertEquals("ERROR       a step (NullPointerException at mine.groovy:12)\n", new TextReport(false).step(error));
    }

    @Test
    void theSummaryListsEachFindingWithItsFixThenTheVerdictAndNeverAPassword() {
        Finding finding = new Finding(PROXY, "conn-proxy", "traffic through http://jdoe:S3cret!pw@proxy.corp.example:3128",
                "no proxy in show network", List.of(PROXY_FIX), false);
        DeviceReport device = device(List.of(step("conn-proxy", Verdict.FAIL, "", List.of(finding))));
        String text = new TextReport(false).summary(device);
        assertFalse(text.contains("S3cret"), text);
        assertFalse(text.contains("\u001b["), text);
        assertTrue(text.contains(" 1. FAIL PROXY-NOT-CONFIGURED: no HTTP proxy is configured\n"), text);
        assertTrue(text.contains("    expected: traffic through http://jdoe:****@proxy.corp.example:3128\n"), text);
        assertTrue(text.contains("    actual:   no proxy in show network\n"), text);
        assertTrue(text.contains("    impact:   the connector cannot reach SSE\n"), text);
        assertTrue(text.contains("    guide:    Proxy\n"), text);
        assertTrue(text.contains("    fix:      (clish) configure network http-proxy (answers: y, ****, 3128, y, ****, ****, ****)\n"),
                text);
        assertTrue(text.endsWith("\nlab:ftd01-proxy: FAIL, 1 open finding, 1 step in 1.5 s\n"), text);
    }

    @Test
    void aFixedFindingShowsAsFixedWithTheFixesAndTheVerdictBefore() {
        Finding fixed = new Finding(PROXY, "conn-proxy", "a proxy", "none", List.of(PROXY_FIX), true);
        DeviceRun before = new DeviceRun("connectivity", "lab:ftd01-proxy", Verdict.FAIL, List.of(), 0);
        DeviceRun after = new DeviceRun("connectivity", "lab:ftd01-proxy", Verdict.PASS,
                List.of(step("conn-proxy", Verdict.PASS, "", List.of(fixed))), 1_500_000);
        DeviceReport device = new DeviceReport("lab:ftd01-proxy", after, before,
                List.of(new AppliedFix("PROXY-NOT-CONFIGURED", PROXY_FIX, AppliedFix.Outcome.APPLIED, "")));
        String text = new TextReport(true).summary(device);
        assertTrue(text.contains(" 1. \u001b[32mFIXED\u001b[0m PROXY-NOT-CONFIGURED"), text);
        assertTrue(text.contains("\nFixes:\n    APPLIED configure network http-proxy (answers: y, ****, 3128, y, ****, ****, ****)"
                + " (PROXY-NOT-CONFIGURED)\n"), text);
        assertTrue(text.endsWith("lab:ftd01-proxy: \u001b[32mPASS\u001b[0m (FAIL before the fixes), 0 open findings, "
                + "1 step in 1.5 s\n"), text);
        assertFalse(text.contains("S3cret"), text);
    }

    @Test
    void colourIsForATerminalWithoutNoColor() {
        assertTrue(TextReport.colourWanted(true, null));
        assertTrue(TextReport.colourWanted(true, ""));
        assertFalse(TextReport.colourWanted(true, "1"));
        assertFalse(TextReport.colourWanted(false, null));
    }

    private static StepResult step(String id, Verdict verdict, String reason, List<Finding> findings) {
        return new StepResult(id, "each server answers", Hop.DNS, verdict, reason, findings, List.of(), 1_500_000, null);
    }

    private static DeviceReport device(List<StepResult> steps) {
        return DeviceReport.unfixed(new DeviceRun("connectivity", "lab:ftd01-proxy", Verdict.FAIL, steps, 1_500_000));
    }
}
