package io.fpsh.playbook;

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

/** The shipped sse-endpoints playbook: which region a lab's device uses, from its own files, and a mixed one. */
class SseEndpointsPlaybookTest {

    @Test
    void anEuDeviceIsInTheEuRegionWithItsUrlsToAllow() throws Exception {
        DeviceRun run = run("ftd01-blocked-eu");
        assertEquals(Verdict.PASS, run.verdict(), run::toString);
        assertEquals("region EU (api.eu.sse.itd.cisco.com, eventing-ingest.eu.sse.itd.cisco.com); allow 443 to"
                + " https://api.eu.sse.itd.cisco.com, https://eventing-ingest.eu.sse.itd.cisco.com",
                run.steps().get(0).reason());
    }

    @Test
    void theGuidesDeviceIsInTheUsRegionEvenWhileItsDnsIsDead() throws Exception {
        DeviceRun run = run("ftd01-dns");
        assertEquals(Verdict.PASS, run.verdict(), run::toString);
        assertTrue(run.steps().get(0).reason().startsWith("region US (api-sse.cisco.com, eventing-ingest.sse.itd.cisco.com)"),
                run.steps().get(0).reason());
    }

    @Test
    void aConnectorDiallingAnotherRegionsEventingHostIsAMismatch(@TempDir Path dir) throws Exception {
        String eu;
        try (var in = LabDevices.class.getResourceAsStream("/io/fpsh/labs/ftd01-blocked-eu.yaml")) {
            eu = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path mixed = dir.resolve("ftd01-mixed.yaml");
        Files.writeString(mixed, eu.replace("name: ftd01-blocked-eu", "name: ftd01-mixed")
                .replace("eventingHost: eventing-ingest.eu.sse.itd.cisco.com", "eventingHost: eventing-ingest.sse.itd.cisco.com"));
        DeviceRun run = run(mixed.toString());
        assertEquals(Verdict.FAIL, run.verdict(), run::toString);
        Finding mismatch = run.findings().get(0);
        assertEquals("REGION-MISMATCH", mismatch.id());
        assertEquals("every SSE host in EU (api.eu.sse.itd.cisco.com)", mismatch.expected());
        assertEquals("eventing-ingest.sse.itd.cisco.com, named by the connector's websocket (connector.log), is US's",
                mismatch.actual());
        assertEquals(List.of(), mismatch.fix(), "the region is chosen in FMC and SSE, not on the device");
    }

    private static DeviceRun run(String lab) throws Exception {
        Plan plan = PlaybookLoader.shipped("sse-endpoints");
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            return PlaybookRunner.run(plan, new TargetSession(driver, Map.of(), Duration.ofSeconds(30)),
                    Duration.ofMinutes(1), r -> {});
        }
    }
}
