package io.fpsh.playbook;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.probe.ProbeResult;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped connectivity playbook (the dns steps first, then canConnect's log and its URLs live) on the port-443
 * labs, through PlaybookRunner on the labs' real servers: each lab's finding first, and a healthy device passes.
 */
class ConnectivityPlaybookTest {
    private static final String PROXY_PASSWORD = "Pr0xy2020";
    private static final Map<String, String> SITE = Map.of("site-dns", "192.0.2.11",
            "site-proxy", "http://proxyuser:" + PROXY_PASSWORD + "@192.0.2.50:3128");
    private static final Duration BUDGET = Duration.ofMinutes(2);

    @Test
    void aDroppedPortIsBlockedAndTheLogIsEvidence() throws Exception {
        try (Lab lab = new Lab("ftd01-blocked-eu")) {
            DeviceRun run = lab.run();
            assertEquals(Verdict.FAIL, run.verdict(), run::toString);
            Finding blocked = run.findings().get(0);
            assertEquals("TCP443-BLOCKED", blocked.id(), run::toString);
            assertEquals("no answer from 198.51.100.90:443 in 3 s (curl 28); the site's proxy does not help (curl 28)",
                    blocked.actual());
            assertEquals(List.of(), blocked.fix(), "a firewall elsewhere: nothing to type on the device");
            assertEquals(1, run.findings().size(), run::toString);
            StepResult log = step(run, "conn-canconnect-log");
            assertEquals(Verdict.PASS, log.verdict());
            assertTrue(log.reason().contains("https://api.eu.sse.itd.cisco.com/providers/sse/api/v1/regions curl 28"
                    + " (timed out: firewall or proxy) x"), log.reason());
            assertEquals("curl --connect-timeout 3 --max-time 8 -L https://api.eu.sse.itd.cisco.com/providers/sse/api/v1/regions",
                    "curl " + String.join(" ", step(run, "conn-canconnect-live").evidence().stream()
                            .filter(r -> r.probe().equals("curl")).findFirst().orElseThrow().arguments()));
        }
    }

    @Test
    void aRejectedPortIsRefused() throws Exception {
        try (Lab lab = new Lab("ftd01-port-reject")) {
            DeviceRun run = lab.run();
            assertEquals("TCP443-REFUSED", run.findings().get(0).id(), run::toString);
            assertEquals("refused at 198.51.100.66 (curl 7)", run.findings().get(0).actual());
            assertEquals(1, run.findings().size(), run::toString);
        }
    }

    @Test
    void aRedirectLoopIsNamed() throws Exception {
        try (Lab lab = new Lab("ftd01-redirect-loop")) {
            DeviceRun run = lab.run();
            assertEquals("HTTP-REDIRECT-LOOP", run.findings().get(0).id(), run::toString);
            assertEquals("still redirected (HTTP 302) after 5: curl 47", run.findings().get(0).actual());
            assertEquals(1, run.findings().size(), run::toString);
        }
    }

    @Test
    void theSitesProxyIsTheFixAndItsPasswordIsInNoTextThenItPasses() throws Exception {
        try (Lab lab = new Lab("ftd01-proxy")) {
            DeviceRun before = lab.run();
            Finding proxy = before.findings().get(0);
            assertEquals("PROXY-NOT-CONFIGURED", proxy.id(), before::toString);
            assertEquals(List.of(FixCommand.clish("configure network http-proxy", "192.0.2.50", "3128", "y", "proxyuser",
                    PROXY_PASSWORD, PROXY_PASSWORD), FixCommand.root("pmtool restartbyid SSEConnector")), proxy.fix(),
                    "as scripts/labs/FIXES types it, the connector restarted so it dials through the proxy at once");
            assertEquals(1, before.findings().size(), before::toString);
            assertNoPassword(before);

            // what configure network http-proxy's dialog stores (applying fixes is the session's, not this test's)
            lab.ftd.state().setProxy(new DeviceState.Proxy(true, "192.0.2.50", 3128, "proxyuser", true, PROXY_PASSWORD));
            lab.target.forget();
            DeviceRun after = lab.run();
            assertEquals(Verdict.PASS, after.verdict(), after::toString);
            assertTrue(step(after, "conn-canconnect-live").reason().contains("through the configured proxy"),
                    step(after, "conn-canconnect-live").reason());
            assertNoPassword(after);
        }
    }

    @Test
    void aHealthyDevicePassesAndANameThatDoesNotResolveIsTheDnsStepsOnly() throws Exception {
        try (Lab lab = new Lab("ftd01-dns")) {
            DeviceRun broken = lab.run();
            assertEquals(List.of("DNS-SERVER-DEAD"), broken.findings().stream().map(Finding::id).toList(), broken::toString);
            assertEquals(Verdict.BLOCKED, step(broken, "conn-canconnect-live").verdict());
            assertTrue(step(broken, "conn-canconnect-log").reason().contains("curl 28"), "the guide's log line: 28");

            lab.driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", Duration.ofSeconds(10));
            lab.target.forget();
            DeviceRun healthy = lab.run();
            assertEquals(Verdict.PASS, healthy.verdict(), healthy::toString);
            assertEquals(List.of(), healthy.findings());
            assertEquals("live: api-sse.cisco.com 200", step(healthy, "conn-canconnect-live").reason());
        }
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersIsLeftToSseRegistration() throws Exception {
        try (Lab lab = new Lab("ftd01-silent-server")) {
            DeviceRun run = lab.run();
            assertEquals(List.of(), run.findings(), run::toString);
            assertEquals("live: api-sse.cisco.com curl 28, connected: the server never answered (see sse-registration)",
                    step(run, "conn-canconnect-live").reason());
        }
    }

    @Test
    void connectivityRunsTheDnsStepsOnceFirst() {
        Plan plan = PlaybookLoader.shipped("connectivity");
        assertEquals(List.of("dns-servers", "dns-answers", "conn-canconnect-log", "conn-canconnect-live"),
                plan.steps().stream().map(Step::id).toList());
    }

    private static void assertNoPassword(DeviceRun run) {
        for (StepResult step : run.steps()) {
            assertFalse(step.reason().contains(PROXY_PASSWORD), step.reason());
            for (Finding finding : step.findings()) {
                assertFalse((finding.expected() + finding.actual()).contains(PROXY_PASSWORD), finding::toString);
            }
            for (ProbeResult read : step.evidence()) {
                assertFalse(read.toString().contains(PROXY_PASSWORD), read::toString);
            }
        }
    }

    private static StepResult step(DeviceRun run, String id) {
        return run.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static final class Lab implements AutoCloseable {
        final Plan plan = PlaybookLoader.shipped("connectivity");
        final SimulatedFtd ftd;
        final DeviceDriver driver;
        final TargetSession target;

        Lab(String name) throws Exception {
            ftd = new SimulatedFtd(LabDevices.read(name));
            driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd));
            target = new TargetSession(driver, SITE, Duration.ofSeconds(30));
        }

        DeviceRun run() {
            return PlaybookRunner.run(plan, target, BUDGET, r -> {});
        }

        @Override
        public void close() {
            driver.close();
            ftd.close();
        }
    }
}
