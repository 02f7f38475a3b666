package io.fpsh.sim;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pmtool restartbyid SSEConnector} as root: the connector comes back as a new process and dials its websocket
 * at once, so once the path is open (the DNS lab's good server, the proxy lab's proxy) the websocket is up, in
 * pmtool, ps, lsof, netstat, the pid file and connector.log alike.
 */
class ConnectorRestartTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String LOG = "/ngfw/var/log/connector/connector.log";
    private static final String CONNECTED = "websocket connected to wss://eventing-ingest.sse.itd.cisco.com/events";

    @Test
    void afterTheDnsFixARestartedConnectorIsANewProcessWithItsWebsocketUp() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            assertTrue(root(driver, "pmtool status").contains("SSEConnector (system) - Running 13277\n"));
            assertFalse(root(driver, "lsof -i").lines().anyMatch(l -> l.startsWith("connector") && l.contains("ESTABLISHED")),
                    "the DNS lab's connector never connected");

            assertEquals(0, driver.run(Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE).exitStatus());
            CommandResult restart = driver.run(Mode.ROOT, "pmtool restartbyid SSEConnector", DEADLINE);
            assertEquals(0, restart.exitStatus(), restart::toString);
            assertEquals("", restart.output());

            String status = root(driver, "pmtool status");
            assertTrue(status.contains("SSEConnector (system) - Running 19305\n"), status);
            assertTrue(status.contains("EventHandler (normal) - Running 7741\n"), "only the connector restarted");
            assertEquals("19305\n", root(driver, "cat /ngfw/var/sf/run/SSEConnector.pid"));
            assertTrue(root(driver, "ps -ef").contains("19305"));
            String lsof = root(driver, "lsof -i");
            assertTrue(lsof.lines().anyMatch(l -> l.startsWith("connector 19305") && l.contains(":https (ESTABLISHED)")), lsof);
            String netstat = root(driver, "netstat -anlp");
            assertTrue(netstat.lines().anyMatch(l -> l.contains(":443") && l.contains("ESTABLISHED")
                    && l.contains("19305/connector")), netstat);
            List<String> log = root(driver, "cat " + LOG).lines().toList();
            assertTrue(log.get(log.size() - 1).contains(CONNECTED), log.get(log.size() - 1));
            assertEquals(1, log.stream().filter(l -> l.contains(CONNECTED)).count(),
                    "connected once, by the restart: a DNS change waits for the connector's next retry: " + log);
        }
    }

    @Test
    void afterTheProxyFixTheRestartedConnectorTunnelsThroughTheProxy() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-proxy"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            CommandResult proxy = driver.runAnswering(Mode.CLISH, "configure network http-proxy",
                    List.of("192.0.2.50", "3128", "y", "proxyuser", "Pr0xy2020", "Pr0xy2020"), DEADLINE);
            assertEquals(0, proxy.exitStatus(), proxy::toString);
            assertFalse(proxy.output().contains("Pr0xy2020"), "an answered password never shows in a result");
            assertEquals(0, driver.run(Mode.ROOT, "pmtool restartbyid SSEConnector", DEADLINE).exitStatus());

            String pid = root(driver, "cat /ngfw/var/sf/run/SSEConnector.pid").strip();
            String lsof = root(driver, "lsof -i");
            assertTrue(lsof.lines().anyMatch(l -> l.startsWith("connector " + pid) && l.contains(":3128 (ESTABLISHED)")), lsof);
            assertTrue(root(driver, "tail -1 " + LOG).contains(CONNECTED));
        }
    }

    @Test
    void anUnknownDaemonIsSaidSo() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            CommandResult restart = driver.run(Mode.ROOT, "pmtool restartbyid NoSuchDaemon", DEADLINE);
            assertEquals(1, restart.exitStatus());
            assertEquals("Unknown ID NoSuchDaemon\n", restart.stderr());
        }
    }

    private static String root(DeviceDriver driver, String line) {
        CommandResult result = driver.run(Mode.ROOT, line, DEADLINE);
        if (!result.completed()) {
            throw new AssertionError(line + ": " + result.error());
        }
        return result.stdout();
    }
}
