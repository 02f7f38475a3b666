package io.fpsh.playbook;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped sse-connector playbook on the lab whose eventing-ingest is dropped, on healthy labs, and its fix. */
class SseConnectorPlaybookTest {

    @Test
    void namesTheBlockedWebsocketFirstAndExplainsTheUnconnectedSocketByIt() throws Exception {
        DeviceRun run = PlaybookLabs.run("sse-connector", "ftd01-no-events", Map.of());

        assertEquals(Verdict.FAIL, run.verdict(), run::toString);
        assertEquals(List.of("EVENTING-BLOCKED"), run.findings().stream().map(Finding::id).toList(), run::toString);
        Finding blocked = run.findings().get(0);
        assertTrue(blocked.actual().contains("SYN_SENT") || blocked.actual().contains("between two attempts"), blocked::actual);
        assertTrue(blocked.actual().contains("getsockopt: connection timed out"), blocked::actual);
        assertEquals(List.of(), blocked.fix(), "the firewall is fixed elsewhere");
        assertTrue(blocked.expected().contains("pmtool restartbyid SSEConnector"), blocked::expected);
        StepResult socket = step(run, "connector-socket");
        assertEquals(Verdict.BLOCKED, socket.verdict(), socket::toString);
        assertTrue(socket.reason().startsWith("LISTENING only"), socket::reason);
        StepResult log = step(run, "connector-log");
        assertTrue(log.reason().matches("'dial tcp ADDRESS:443: getsockopt: connection timed out' x\\d+ \\(.*"), log::reason);
    }

    @Test
    void passesWithNoFindingOnAHealthyLab(@TempDir Path dir) throws Exception {
        DeviceRun run = PlaybookLabs.run("sse-connector", PlaybookLabs.healthy(dir), Map.of("site-region", "US"));

        assertEquals(Verdict.PASS, run.verdict(), run::toString);
        assertEquals(List.of(), run.findings());
        assertTrue(step(run, "connector-websocket").reason().startsWith("ESTABLISHED 192.0.2.27:"), run::toString);
        assertTrue(step(run, "connector-socket").reason().startsWith("LISTENING and CONNECTED"), run::toString);
        assertEquals(List.of(Hop.SSE_CONNECTOR, Hop.EVENT_HANDLER, Hop.SSE_CONNECTOR, Hop.UNIX_SOCKET, Hop.SSE),
                run.steps().stream().map(StepResult::hop).filter(h -> h != null).toList());
    }

    @Test
    void aConnectorOfAnotherRegionThanTheSitesIsARegionMismatch(@TempDir Path dir) throws Exception {
        DeviceRun run = PlaybookLabs.run("sse-connector", PlaybookLabs.healthy(dir), Map.of("site-region", "EU"));

        Finding mismatch = run.findings().get(0);
        assertEquals("REGION-MISMATCH", mismatch.id(), run::toString);
        assertEquals("connector_fqdn=api-sse.cisco.com (US); the region is chosen in the FMC's cloud services",
                mismatch.actual());
        assertTrue(mismatch.expected().contains("api.eu.sse.itd.cisco.com"), mismatch::expected);
    }

    @Test
    void aConnectorNotAttachedToEventHandlerIsRestartedByItsFixAndTheRunAfterPasses(@TempDir Path dir) throws Exception {
        Path healthy = Path.of(PlaybookLabs.healthy(dir));
        String detached = Files.readString(healthy).replace("  eventingHost: eventing-ingest.sse.itd.cisco.com\n",
                "  eventingHost: eventing-ingest.sse.itd.cisco.com\n  eventHandlerSocket: listening\n");
        Path lab = dir.resolve("ftd01-detached-test.yaml");
        Files.writeString(lab, detached.replace("name: ftd01-healthy-test", "name: ftd01-detached-test"));
        Plan plan = PlaybookLoader.shipped("sse-connector");
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab.toString()));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            TargetSession target = new TargetSession(driver, Map.of(), Duration.ofSeconds(30));
            DeviceRun before = PlaybookRunner.run(plan, target, PlaybookLabs.BUDGET, r -> {});
            Finding unconnected = before.findings().get(0);
            assertEquals("EVENTHANDLER-SOCKET-UNCONNECTED", unconnected.id(), before::toString);
            assertEquals(List.of(FixCommand.root("pmtool restartbyid SSEConnector")), unconnected.fix());

            for (FixCommand command : unconnected.fix()) {
                CommandResult applied = driver.run(command.mode(), command.line(), Duration.ofSeconds(10));
                assertEquals(0, applied.exitStatus(), applied::output);
            }
            target.forget();
            DeviceRun after = PlaybookRunner.run(plan, target, PlaybookLabs.BUDGET, r -> {});
            assertEquals(Verdict.PASS, after.verdict(), after::toString);
            assertEquals(Mode.ROOT, unconnected.fix().get(0).mode());
        }
    }

    private static StepResult step(DeviceRun run, String id) {
        return run.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
