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

/** The curl probe's canConnect options on the labs that need them: -L meets a redirect loop, --connect-timeout a drop. */
class CurlProbeCanConnectTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String REGIONS = "https://api-sse.cisco.com/providers/sse/api/v1/regions";

    @Test
    void followingRedirectsAsCanConnectDoesEndsTheLoopWith47() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-redirect-loop"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            ProbeResult once = ProbeRunner.run(new CurlProbe(), List.of(REGIONS), driver, DEADLINE);
            assertEquals(0, ((CurlCheck) once.record()).exitCode());
            assertEquals(302, ((CurlCheck) once.record()).httpStatus());

            ProbeResult followed = ProbeRunner.run(new CurlProbe(), List.of("-L", REGIONS), driver, DEADLINE);
            assertEquals("curl -v -sS -k -o /dev/null --max-time 15 -L --max-redirs 5 '" + REGIONS
                    + "' 2>&1; echo \"curl-exit=$?\"", followed.evidence().sent());
            CurlCheck loop = (CurlCheck) followed.record();
            assertEquals(47, loop.exitCode(), followed.evidence().output());
            assertEquals(REGIONS, loop.url());
            assertTrue(ftd.model().answer("curl", List.of("-L", REGIONS)).isEmpty(), "options are the text's to answer");
        }
    }

    @Test
    void aConnectTimeoutEndsADroppedSynWith28() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-blocked-eu"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            ProbeResult result = ProbeRunner.run(new CurlProbe(),
                    List.of("--connect-timeout", "2", "-L", "https://api.eu.sse.itd.cisco.com/providers/sse/api/v1/regions"),
                    driver, DEADLINE);
            CurlCheck dropped = (CurlCheck) result.record();
            assertEquals(28, dropped.exitCode(), result.evidence().output());
            assertEquals(false, dropped.connected());
            assertEquals("198.51.100.90", dropped.resolvedAddress());
            // curl names the time it waited: at least the 2 s asked, more on a loaded machine (no upper bound here)
            java.util.regex.Matcher waited = java.util.regex.Pattern.compile("Connection timed out after (\\d+) milliseconds")
                    .matcher(result.evidence().output());
            assertTrue(waited.find(), result.evidence().output());
            assertTrue(Long.parseLong(waited.group(1)) >= 2000, result.evidence().output());
        }
    }

    @Test
    void onlyCanConnectsOptionsComeBeforeTheUrl() throws Exception {
        CurlProbe probe = new CurlProbe();
        probe.checkArguments(List.of("-L", "--connect-timeout", "10", REGIONS, "http://u:p@192.0.2.50:3128"));
        probe.checkArguments(List.of("--max-time", "8", "-L", REGIONS));
        assertEquals("curl -v -sS -k -o /dev/null --max-time 8 -L --max-redirs 5 '" + REGIONS + "' 2>&1; echo \"curl-exit=$?\"",
                probe.command(List.of("--max-time", "8", "-L", REGIONS)));
        for (List<String> bad : List.of(List.of("-k", REGIONS), List.of("--connect-timeout", REGIONS),
                List.of("--connect-timeout", "0", REGIONS), List.of("--max-time", "x", REGIONS), List.of("--connect-timeout", "1;reboot", REGIONS),
                List.of("-L"), List.of(REGIONS, "-L"))) {
            assertThrows(ProbeUsageException.class, () -> probe.checkArguments(bad), bad::toString);
        }
    }
}
