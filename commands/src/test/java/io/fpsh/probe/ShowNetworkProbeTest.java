package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShowNetworkProbeTest {

    @Test
    void readsTheLabsDnsServersAndFollowsAChange() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            ProbeResult before = ProbeRunner.run(new ShowNetworkProbe(), List.of(), driver, Duration.ofSeconds(10));
            assertEquals(ProbeStatus.OK, before.status(), before::error);
            assertEquals(List.of("192.0.2.10"), ((NetworkInfo) before.record()).dnsServers());
            assertEquals(before.record(), ftd.model().answer("show-network", List.of()).orElseThrow());

            driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", Duration.ofSeconds(10));
            ProbeResult after = ProbeRunner.run(new ShowNetworkProbe(), List.of(), driver, Duration.ofSeconds(10));
            assertEquals(List.of("192.0.2.11"), ((NetworkInfo) after.record()).dnsServers());
            assertEquals("DNS Servers", after.evidence().lines().get(1).text().strip().split(":")[0].strip());
        }
    }
}
