package io.fpsh.playbook.report;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.AppliedFix;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FindingKind;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.Hop;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookRunner;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Step;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.probe.Evidence;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeStatus;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run reports the report tests write: real runs on labs (each made once per test JVM: the dns playbook on
 * ftd01-dns costs about 16 s) and hand-made ones for the shapes no lab gives in one run.
 */
final class LabRunReports {
    static final String PROXY_PASSWORD = "Pr0xy2020";
    static final String PROXY_URL = "http://proxyuser:" + PROXY_PASSWORD + "@192.0.2.50:3128";
    static final String SCRIPT_IN_OUTPUT = "<script>alert('owned')</script>";

    private static RunReport dns;
    private static RunReport dnsFixed;
    private static RunReport dnsFixedAgain;
    private static RunReport proxy;

    private LabRunReports() {}

    /** The shipped dns playbook on ftd01-dns: DNS-SERVER-DEAD with its fix, as the lab plants it. */
    static synchronized RunReport dnsOnFtd01Dns() throws Exception {
        if (dns == null) {
            runDns();
        }
        return dns;
    }

    /** The same lab after the dns finding's fix was typed on it: everything passes. */
    static synchronized RunReport dnsOnFtd01DnsFixed() throws Exception {
        if (dnsFixed == null) {
            runDns();
        }
        return dnsFixed;
    }

    /** A second run on the fixed lab: other times, durations and outputs' timings, the same verdicts. */
    static synchronized RunReport dnsOnFtd01DnsFixedAgain() throws Exception {
        if (dnsFixedAgain == null) {
            runDns();
        }
        return dnsFixedAgain;
    }

    private static void runDns() throws Exception {
        Plan plan = PlaybookLoader.shipped("dns");
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            TargetSession target = new TargetSession(driver, Map.of("site-dns", "192.0.2.11"), Duration.ofSeconds(30));
            Instant started = Instant.now();
            DeviceRun before = PlaybookRunner.run(plan, target, Duration.ofMinutes(2), r -> {});
            dns = new RunReport("dns", started, before.durationMicros(), List.of(DeviceReport.unfixed(before)));
            Finding dead = before.findings().get(0);
            driver.run(Mode.CLISH, dead.fix().get(0).line(), Duration.ofSeconds(10));
            target.forget();
            Instant again = Instant.now();
            DeviceRun after = PlaybookRunner.run(plan, target, Duration.ofMinutes(2), r -> {});
            dnsFixed = new RunReport("dns", again, after.durationMicros(), List.of(DeviceReport.unfixed(after)));
            target.forget();
            Instant third = Instant.now();
            DeviceRun afterAgain = PlaybookRunner.run(plan, target, Duration.ofMinutes(2), r -> {});
            dnsFixedAgain = new RunReport("dns", third, afterAgain.durationMicros(),
                    List.of(DeviceReport.unfixed(afterAgain)));
        }
    }

    /**
     * A real run on ftd01-proxy whose step reads the SSE host through the proxy URL with its password and reports
     * PROXY-NOT-CONFIGURED with {@code configure network http-proxy}'s answers (the password twice), plus a fix as
     * {@code --fix} applied it, and a hand-made step whose output holds the password bare and a {@code <script>}.
     */
    static synchronized RunReport proxyWithSecrets() throws Exception {
        if (proxy != null) {
            return proxy;
        }
        FindingKind notConfigured = new FindingKind("PROXY-NOT-CONFIGURED", "the device does not use the site's proxy",
                "direct 443 is dropped: the connector never registers", Verdict.FAIL, "Vérifier le proxy");
        FixCommand fix = FixCommand.clish("configure network http-proxy", "192.0.2.50", "3128", "y", "proxyuser",
                PROXY_PASSWORD, PROXY_PASSWORD);
        Step throughProxy = new Step("conn-proxy", "the SSE host answers through the site's proxy", List.of(),
                Hop.TCP_443, context -> {
                    context.probe("curl", io.fpsh.probe.CurlCheck.class,
                            "https://api-sse.cisco.com/providers/sse/api/v1/regions", PROXY_URL);
                    context.report(Map.of("expected", "the proxy set with configure network http-proxy",
                            "actual", "no proxy set; the site's proxy " + PROXY_URL + " answers",
                            "fix", List.of(fix)), "PROXY-NOT-CONFIGURED");
                });
        Plan plan = new Plan("connectivity-proxy", "the proxy case", List.of(notConfigured), List.of(throughProxy));
        DeviceRun run;
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-proxy"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            TargetSession target = new TargetSession(driver, Map.of("site-proxy", PROXY_URL), Duration.ofSeconds(30));
            run = PlaybookRunner.run(plan, target, Duration.ofMinutes(2), r -> {});
        }
        List<StepResult> steps = new ArrayList<>(run.steps());
        ProbeResult echoed = new ProbeResult("connector-log", List.of(), run.target(), ProbeStatus.OK, null, null,
                new Evidence("text", "cat /ngfw/var/log/connector.log", Mode.ROOT,
                        "proxy password " + PROXY_PASSWORD + " rejected\n" + SCRIPT_IN_OUTPUT + "\n\u001b[31mred\u0007\n",
                        0, 1200, List.of()));
        steps.add(new StepResult("connector-log", "connector.log has no errors", Hop.SSE_CONNECTOR, Verdict.ERROR,
                "ParseException: line 3 <b>unexpected</b>", List.of(), List.of(echoed), 1200, "Connector.groovy:12"));
        DeviceRun withLog = new DeviceRun(run.playbook(), run.target(), Verdict.worstOf(
                steps.stream().map(StepResult::verdict).toList()), steps, run.durationMicros());
        AppliedFix applied = new AppliedFix("PROXY-NOT-CONFIGURED", fix, AppliedFix.Outcome.FAILED,
                "the device said: proxy " + PROXY_URL + " refused");
        proxy = new RunReport(plan.name(), Instant.now(), withLog.durationMicros(),
                List.of(new DeviceReport(run.target(), withLog, run, List.of(applied))));
        return proxy;
    }

    /** A hand-made step result: no device needed for the shapes of verdicts. */
    static StepResult step(String id, Verdict verdict, String reason, Finding... findings) {
        return new StepResult(id, "check " + id, Hop.DNS, verdict, reason, List.of(findings), List.of(),
                1000, verdict == Verdict.ERROR ? "Dns.groovy:7" : null);
    }

    static Finding finding(String id, String step, String expected, String actual) {
        return new Finding(new FindingKind(id, "title of " + id, "impact of " + id, Verdict.FAIL, "guide section"),
                step, expected, actual, List.of(FixCommand.clish("configure network dns servers 192.0.2.11")), false);
    }

    static DeviceReport device(String target, StepResult... steps) {
        List<StepResult> list = List.of(steps);
        return DeviceReport.unfixed(new DeviceRun("dns", target,
                Verdict.worstOf(list.stream().map(StepResult::verdict).toList()), list, 5000));
    }

    static RunReport report(DeviceReport... devices) {
        return new RunReport("dns", Instant.parse("2026-12-03T10:00:00Z"), 9000, List.of(devices));
    }
}
