package io.fpsh.sim;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.LsofSockets;
import io.fpsh.ftd.PmtoolStatus;
import io.fpsh.ftd.UnixSockets;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.Probes;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pmtool restartbyid} on a lab, typed at root's prompt as a playbook's fix types it: the daemon gets a new
 * pid and the connector dials its websocket again at once, which stays SYN_SENT while the firewall still drops it.
 */
class PmtoolRestartTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void restartingTheConnectorGivesItANewPidAndANewDialRightAway() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-no-events"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            int pidBefore = connectorPid(driver);
            LsofSockets.Socket dialBefore = websocket(driver);
            assertEquals("SYN_SENT", dialBefore.tcpState());

            CommandResult restart = driver.run(Mode.ROOT, "pmtool restartbyid SSEConnector", TIMEOUT);
            assertEquals(0, restart.exitStatus(), restart::output);
            assertEquals("", restart.output().strip());

            int pidAfter = connectorPid(driver);
            assertNotEquals(pidBefore, pidAfter);
            LsofSockets.Socket dialAfter = websocket(driver);
            assertEquals(pidAfter, dialAfter.pid());
            assertEquals("SYN_SENT", dialAfter.tcpState(), "the firewall still drops it: a restart is no fix");
            assertNotEquals(dialBefore.localEnd(), dialAfter.localEnd(), "a new dial, from a new local port");
            UnixSockets sockets = read(driver, "netstat", UnixSockets.class);
            assertTrue(sockets.sockets().stream().noneMatch(s -> "CONNECTED".equals(s.state())), sockets::toString);
        }
    }

    @Test
    void onceThePathIsOpenARestartedConnectorIsAttachedToEventHandler() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", TIMEOUT);
            assertEquals(0, driver.run(Mode.ROOT, "pmtool restartbyid SSEConnector", TIMEOUT).exitStatus());
            LsofSockets.Socket websocket = websocket(driver);
            assertEquals("ESTABLISHED", websocket.tcpState());
            assertEquals(connectorPid(driver), websocket.pid());
            assertTrue(read(driver, "netstat", UnixSockets.class).sockets().stream()
                    .anyMatch(s -> "CONNECTED".equals(s.state()) && s.path().endsWith("EventHandler_SSEConnector.sock")));
        }
    }

    private static int connectorPid(DeviceDriver driver) {
        return read(driver, "pmtool", PmtoolStatus.class).daemons().stream()
                .filter(d -> d.name().equals("SSEConnector")).findFirst().orElseThrow().pid();
    }

    private static LsofSockets.Socket websocket(DeviceDriver driver) {
        return read(driver, "lsof", LsofSockets.class).sockets().stream()
                .filter(s -> s.command().equals("connector") && s.remoteEnd() != null).findFirst().orElseThrow();
    }

    private static <R extends Record> R read(DeviceDriver driver, String name, Class<R> type) {
        Probe<?> probe = Probes.named(name).orElseThrow();
        ProbeResult result = ProbeRunner.run(probe, List.of(), driver, TIMEOUT);
        assertTrue(result.ok(), result::toString);
        return type.cast(result.record());
    }
}
