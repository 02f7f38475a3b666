package io.fpsh.probe;

import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * nslookup's own time-out options on the probe: a silent server costs one second with {@code -timeout=1 -retry=1},
 * a server answering after 2.5 s (ftd01-slow-dns) is silent for that second and answers with the device's own wait.
 */
class NslookupProbeTimeoutTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void aShortTimeoutTellsASlowServerOnlyWhenTheDevicesOwnWaitIsGiven() throws Exception {
        NslookupProbe probe = new NslookupProbe();
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-slow-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            ProbeResult quick = ProbeRunner.run(probe, List.of("-timeout=1", "-retry=1", "api-sse.cisco.com", "192.0.2.12"),
                    driver, DEADLINE);
            assertEquals("nslookup -timeout=1 -retry=1 api-sse.cisco.com 192.0.2.12", quick.evidence().sent());
            DnsLookup silent = (DnsLookup) quick.record();
            assertEquals(new DnsLookup("api-sse.cisco.com", null, null, DnsLookup.TIMEOUT, List.of()), silent);

            ProbeResult patient = ProbeRunner.run(probe, List.of("-type=A", "-timeout=5", "-retry=1", "api-sse.cisco.com", "192.0.2.12"),
                    driver, DEADLINE);
            DnsLookup answered = (DnsLookup) patient.record();
            assertEquals(DnsLookup.NOERROR, answered.status(), patient.evidence().output());
            assertEquals(List.of(new DnsLookup.Answer("api-sse.cisco.com", "A", "198.51.100.66")), answered.answers());
            assertTrue(patient.evidence().durationMicros() >= 2_500_000, "the server's 2.5 s: " + patient.evidence());
            assertTrue(ftd.model().answer("nslookup", List.of("-timeout=1", "api-sse.cisco.com")).isEmpty(),
                    "the model cannot tell what a time-out of the probe's own makes of a slow server");
        }
    }

    @Test
    void onlyTimeoutAndRetryInWholeNumbersBeforeTheName() throws Exception {
        NslookupProbe probe = new NslookupProbe();
        probe.checkArguments(List.of("-retry=1", "-timeout=2", "a.test", "192.0.2.11"));
        probe.checkArguments(List.of("-type=A", "a.test"));
        for (List<String> bad : List.of(List.of("-timeout=1"), List.of("-timeout=0", "a.test"), List.of("-type=MX", "a.test"),
                List.of("-timeout=1;reboot", "a.test"), List.of("a.test", "-timeout=1"), List.of("-timeout=1", "a", "b", "c"))) {
            assertThrows(ProbeUsageException.class, () -> probe.checkArguments(bad), bad::toString);
        }
    }
}
