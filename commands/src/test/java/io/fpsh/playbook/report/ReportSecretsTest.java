package io.fpsh.playbook.report;

import io.fpsh.device.Mode;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FindingKind;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.Hop;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import io.fpsh.probe.Evidence;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a fleet each device's own secrets are masked in its part of every report, wherever they stand. */
class ReportSecretsTest {

    private static DeviceReport behindProxy(String target, String password, String unusual) {
        FindingKind kind = new FindingKind("PROXY-NOT-CONFIGURED", "no proxy", "no registration", Verdict.FAIL, "proxy");
        FixCommand fix = FixCommand.clish("configure  network http-proxy", "192.0.2.50", "3128", "y", "u", password,
                password);
        FixCommand other = new FixCommand(Mode.ROOT, "passwd operator", List.of(unusual, unusual));
        Finding finding = new Finding(kind, "conn-proxy", "the proxy set", "none", List.of(fix, other), false);
        ProbeResult log = new ProbeResult("connector-log", List.of(), target, ProbeStatus.OK, null, null,
                new Evidence("text", "tail connector.log", Mode.ROOT,
                        "proxy auth " + password + " refused; operator " + unusual + "\n", 0, 10, List.of()));
        StepResult step = new StepResult("conn-proxy", "proxy", Hop.TCP_443, Verdict.FAIL,
                "the proxy refused " + password, List.of(finding), List.of(log), 10, null);
        return DeviceReport.unfixed(new DeviceRun("p", target, Verdict.FAIL, List.of(step), 10));
    }

    @Test
    void eachDevicesPasswordsAreMaskedInAllThreeReports() throws Exception {
        RunReport fleet = new RunReport("p", Instant.parse("2026-12-03T10:00:00Z"), 20, List.of(
                behindProxy("ftd01", "Secret-One", "Operator-1"), behindProxy("ftd02", "Secret-Two", "Operator-2")));
        for (String file : List.of(JsonReportTest.json(fleet), HtmlReportTest.html(fleet), JunitReportTest.junit(fleet))) {
            for (String secret : List.of("Secret-One", "Secret-Two", "Operator-1", "Operator-2")) {
                assertFalse(file.contains(secret), secret + " in\n" + file);
            }
            assertTrue(file.contains("192.0.2.50"), "the proxy's address is no secret");
            assertTrue(file.contains("proxy auth **** refused; operator ****"), file);
        }
    }
}
