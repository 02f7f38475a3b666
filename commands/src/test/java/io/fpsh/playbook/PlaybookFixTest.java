package io.fpsh.playbook;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.LsofSockets;
import io.fpsh.local.LocalMachine;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --fix} inside the engine ({@link PlaybookSession#run}): applied, declined, failed, refused, run once. */
class PlaybookFixTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String GOOD_DNS = "configure network dns servers 192.0.2.11";
    private static final FixCommand RESTART = FixCommand.root("pmtool restartbyid SSEConnector");
    private static final FindingKind DEAD = new FindingKind("DNS-SERVER-DEAD", "a configured DNS server never answers",
            "names resolve only through the other servers", Verdict.FAIL, "DNS");
    private static final FindingKind NO_SERVER = new FindingKind("DNS-NO-SERVER", "no DNS server is configured",
            "nothing resolves", Verdict.FAIL, "DNS");

    @Test
    void fixYesOnTheDnsLabAppliesTheFixAndReportsTheRunAfterItWithTheFindingFixed() throws Exception {
        Plan plan = PlaybookLoader.shipped("dns");
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            TargetSession target = new TargetSession(driver, Map.of("site-dns", "192.0.2.11"), TIMEOUT);
            List<StepResult> seen = new ArrayList<>();
            DeviceReport report = PlaybookSession.run(plan, target, options(RunOptions.FixMode.YES, false),
                    (finding, command) -> { throw new AssertionError("--yes asks nothing"); }, seen::add);

            assertEquals(Verdict.FAIL, report.beforeFixes().verdict(), report::toString);
            assertEquals("DNS-SERVER-DEAD", report.beforeFixes().findings().get(0).id());
            // the connector left alone would see the new server at its next retry (minutes): the fix restarts it
            assertEquals(List.of(new AppliedFix("DNS-SERVER-DEAD", FixCommand.clish(GOOD_DNS), AppliedFix.Outcome.APPLIED, ""),
                    new AppliedFix("DNS-SERVER-DEAD", FixCommand.root("pmtool restartbyid SSEConnector"), AppliedFix.Outcome.APPLIED, "")),
                    report.fixes());
            assertEquals(Verdict.PASS, report.verdict(), report::toString);
            Finding fixed = report.run().findings().get(0);
            assertEquals("DNS-SERVER-DEAD", fixed.id());
            assertTrue(fixed.fixed());
            assertEquals(Verdict.PASS, fixed.verdict());
            assertEquals(ExitStatus.OK, new RunReport("dns", java.time.Instant.now(), 0, List.of(report)).exitStatus());
            assertEquals(2 * plan.steps().size(), seen.size(), "progress sees the run before and the run after");
            assertEquals(List.of("192.0.2.11"), dnsServers(driver));
        }
    }

    @Test
    void aDeclinedFixIsNotSentAndTheFindingStays() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            List<String> asked = new ArrayList<>();
            DeviceReport report = PlaybookSession.run(dnsPlan(FixCommand.clish(GOOD_DNS)), session(driver),
                    options(RunOptions.FixMode.ASK, false), (finding, command) -> {
                        asked.add(finding.id() + ": " + command.line());
                        return false;
                    }, r -> {});

            assertEquals(List.of("DNS-SERVER-DEAD: " + GOOD_DNS), asked);
            assertEquals(AppliedFix.Outcome.DECLINED, report.fixes().get(0).outcome());
            assertEquals(Verdict.FAIL, report.verdict());
            assertNull(report.beforeFixes(), "nothing applied: no run after");
            assertFalse(report.run().findings().get(0).fixed());
            assertEquals(List.of("192.0.2.10"), dnsServers(driver));
        }
    }

    @Test
    void aFixTheDeviceRejectsIsFailedWithTheDevicesOwnLine() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            DeviceReport report = PlaybookSession.run(dnsPlan(FixCommand.clish("configure network dns servers 999.1.1.1")),
                    session(driver), options(RunOptions.FixMode.ASK, false), (finding, command) -> true, r -> {});

            AppliedFix fix = report.fixes().get(0);
            assertEquals(AppliedFix.Outcome.FAILED, fix.outcome());
            assertEquals("Syntax error: Illegal parameter", fix.message());
            assertEquals(Verdict.FAIL, report.verdict());
            assertEquals(ExitStatus.FINDINGS, ExitStatus.of(List.of(report.run())));
        }
    }

    @Test
    void aTargetThatIsNotALabIsChangedOnlyWithAllowChanges() {
        try (LocalMachine local = new LocalMachine();
             DeviceDriver driver = new DeviceDriver(local, Credentials.fromDevice(local))) {
            Plan plan = new Plan("always", "", List.of(NO_SERVER), List.of(new Step("always-finds", "finds", List.of(), null,
                    context -> context.report(Map.of("fix", List.of(FixCommand.clish(GOOD_DNS))), "DNS-NO-SERVER"))));

            DeviceReport refused = PlaybookSession.run(plan, session(driver), options(RunOptions.FixMode.YES, false),
                    null, r -> {});
            assertEquals(AppliedFix.Outcome.REFUSED, refused.fixes().get(0).outcome());
            assertEquals("not sent: local is not a lab; add --allow-changes to let --fix change it",
                    refused.fixes().get(0).message());
            assertEquals(Verdict.FAIL, refused.verdict());

            // allowed, it is sent: and the local machine, which has no clish, says so
            DeviceReport allowed = PlaybookSession.run(plan, session(driver), options(RunOptions.FixMode.YES, true),
                    null, r -> {});
            assertEquals(AppliedFix.Outcome.FAILED, allowed.fixes().get(0).outcome());
            assertEquals("clish mode is not available on local", allowed.fixes().get(0).message());
        }
    }

    @Test
    void aCommandRaisedByTwoFindingsRunsOnceAfterBothFindingsOtherCommands() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            FixCommand shared = FixCommand.clish(GOOD_DNS);
            FixCommand search = FixCommand.clish("configure network dns searchdomains example.com");
            FixCommand other = FixCommand.clish("configure network dns searchdomains example.net");
            Plan plan = new Plan("twice", "", List.of(DEAD, NO_SERVER), List.of(
                    new Step("twice-first", "first", List.of(), null, context -> {
                        if (!context.showNetwork().dnsServers().equals(List.of("192.0.2.11"))) {
                            context.report(Map.of("fix", List.of(search, shared)), "DNS-SERVER-DEAD");
                        }
                    }),
                    new Step("twice-second", "second", List.of(), null, context -> {
                        if (!context.showNetwork().dnsServers().equals(List.of("192.0.2.11"))) {
                            context.report(Map.of("fix", List.of(other, shared)), "DNS-NO-SERVER");
                        }
                    })));
            List<String> asked = new ArrayList<>();
            DeviceReport report = PlaybookSession.run(plan, session(driver), options(RunOptions.FixMode.ASK, false),
                    (finding, command) -> asked.add(command.line()), r -> {});

            assertEquals(List.of(search.line(), other.line(), shared.line()), asked);
            assertEquals(List.of("DNS-SERVER-DEAD", "DNS-NO-SERVER", "DNS-SERVER-DEAD"),
                    report.fixes().stream().map(AppliedFix::finding).toList());
            assertTrue(report.fixes().stream().allMatch(f -> f.outcome() == AppliedFix.Outcome.APPLIED), report::toString);
            assertEquals(Verdict.PASS, report.verdict());
            assertEquals(List.of(true, true), report.run().findings().stream().map(Finding::fixed).toList());
        }
    }

    @Test
    void aFindingsLaterCommandsAreNotSentOnceOneOfItsCommandsWasNot() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            DeviceReport report = PlaybookSession.run(
                    dnsPlan(FixCommand.clish("configure network dns servers 999.1.1.1"), FixCommand.clish(GOOD_DNS)),
                    session(driver), options(RunOptions.FixMode.YES, false), null, r -> {});

            assertEquals(1, report.fixes().size(), report::toString);
            assertEquals(AppliedFix.Outcome.FAILED, report.fixes().get(0).outcome());
            assertEquals(List.of("192.0.2.10"), dnsServers(driver));
        }
    }

    @Test
    void aFixEndingWithAConnectorRestartLetsTheRunAfterSeeTheWebsocketUp() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            DeviceReport report = PlaybookSession.run(websocketPlan(FixCommand.clish(GOOD_DNS), RESTART), session(driver),
                    options(RunOptions.FixMode.YES, false), null, r -> {});

            assertEquals(Verdict.FAIL, report.beforeFixes().verdict());
            assertEquals(List.of(AppliedFix.Outcome.APPLIED, AppliedFix.Outcome.APPLIED),
                    report.fixes().stream().map(AppliedFix::outcome).toList(), report::toString);
            assertEquals(Verdict.PASS, report.verdict(), report::toString);
            assertEquals("websocket up, connector pid 19305", report.run().steps().get(0).reason());
            assertTrue(report.run().findings().get(0).fixed());
        }
    }

    @Test
    void theProxyFixIsTypedWithItsAnswersAndItsPasswordShowsNowhere() throws Exception {
        String password = "Pr0xy2020";
        FixCommand proxy = FixCommand.clish("configure network http-proxy", "192.0.2.50", "3128", "y", "proxyuser",
                password, password);
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-proxy"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            DeviceReport report = PlaybookSession.run(websocketPlan(proxy, RESTART), session(driver),
                    options(RunOptions.FixMode.YES, false), null, r -> {});

            assertEquals(Verdict.PASS, report.verdict(), report::toString);
            assertEquals(List.of(AppliedFix.Outcome.APPLIED, AppliedFix.Outcome.APPLIED),
                    report.fixes().stream().map(AppliedFix::outcome).toList());
            for (DeviceRun run : List.of(report.beforeFixes(), report.run())) {
                for (StepResult step : run.steps()) {
                    assertFalse(step.toString().replace(proxy.toString(), "").contains(password), step::toString);
                }
            }
            assertTrue(report.fixes().stream().noneMatch(f -> f.message().contains(password)));
        }
    }

    /** One step: CONNECTOR-DOWN with {@code fix} while lsof shows no ESTABLISHED websocket of the connector. */
    private static Plan websocketPlan(FixCommand... fix) {
        FindingKind down = new FindingKind("CONNECTOR-DOWN", "the connector's websocket is not up", "no events reach XDR",
                Verdict.FAIL, "connector");
        return new Plan("websocket", "", List.of(down), List.of(new Step("fixconnector-websocket", "websocket",
                List.of(), Hop.SSE_CONNECTOR, context -> {
                    LsofSockets lsof = context.probe("lsof", LsofSockets.class);
                    List<LsofSockets.Socket> up = lsof.sockets().stream()
                            .filter(s -> s.command().equals("connector") && "ESTABLISHED".equals(s.tcpState())).toList();
                    if (up.isEmpty()) {
                        context.report(Map.of("fix", List.of(fix)), "CONNECTOR-DOWN");
                    } else {
                        context.reason("websocket up, connector pid " + up.get(0).pid());
                    }
                })));
    }

    /** One step: DNS-SERVER-DEAD with {@code fix} while the lab's servers are not the good one alone. */
    private static Plan dnsPlan(FixCommand... fix) {
        return new Plan("dns-fix", "", List.of(DEAD), List.of(new Step("fixdns-servers", "servers", List.of(), Hop.DNS,
                context -> {
                    List<String> servers = context.showNetwork().dnsServers();
                    if (!servers.equals(List.of("192.0.2.11"))) {
                        context.report(Map.of("expected", "192.0.2.11", "actual", String.join(" ", servers),
                                "fix", List.of(fix)), "DNS-SERVER-DEAD");
                    }
                })));
    }

    private static TargetSession session(DeviceDriver driver) {
        return new TargetSession(driver, Map.of(), TIMEOUT);
    }

    private static RunOptions options(RunOptions.FixMode fix, boolean allowChanges) {
        return new RunOptions(Map.of(), TIMEOUT, Duration.ofMinutes(2), fix, allowChanges);
    }

    private static List<String> dnsServers(DeviceDriver driver) {
        CommandResult shown = driver.run(Mode.CLISH, "show network", TIMEOUT);
        return shown.output().lines().filter(line -> line.strip().startsWith("DNS Servers"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).toList();
    }
}
