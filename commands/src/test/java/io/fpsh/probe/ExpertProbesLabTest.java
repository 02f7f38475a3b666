package io.fpsh.probe;

import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.CanConnectLog;
import io.fpsh.ftd.ConnectorLog;
import io.fpsh.ftd.LsofSockets;
import io.fpsh.ftd.UnixSockets;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's symptoms in the expert-side probes of the labs that plant them, and the fixes' effects. That the parsed
 * text equals the model's answer on every lab is ModelContractTest's (and ModelContractOverServeTest's) to check.
 */
class ExpertProbesLabTest {
    private static final List<Probe<?>> PROBES = List.of(new PmtoolProbe(), new NetstatProbe(), new LsofProbe(),
            new ConnectorLogProbe(), new ActionQueueLogProbe());

    @Test
    void afterTheDnsFixTheWebsocketIsUp() throws Exception {
        try (Lab device = new Lab("ftd01-dns")) {
            device.driver.run(io.fpsh.device.Mode.CLISH, "configure network dns servers 192.0.2.11", Duration.ofSeconds(10));
            // restarted, the connector dials at once instead of at its next retry
            device.driver.run(io.fpsh.device.Mode.ROOT, "pmtool restartbyid SSEConnector", Duration.ofSeconds(10));
            ConnectorLog log = (ConnectorLog) device.run(new ConnectorLogProbe()).record();
            ConnectorLog.Entry last = log.entries().get(log.entries().size() - 1);
            assertEquals("info", last.level());
            assertTrue(last.message().startsWith("websocket connected to wss://eventing-ingest.sse.itd.cisco.com/events"),
                    last.message());
            assertEquals(null, last.error());
            assertTrue(((LsofSockets) device.run(new LsofProbe()).record()).sockets().stream()
                    .anyMatch(s -> "ESTABLISHED".equals(s.tcpState()) && "connector".equals(s.command())));
        }
    }

    @Test
    void theProxysPasswordReachesNoAnswerAfterTheProxyFix() throws Exception {
        try (Lab device = new Lab("ftd01-proxy")) {
            // what configure network http-proxy's dialog stores (the driver answers no dialog but a password's)
            device.ftd.state().setProxy(new DeviceState.Proxy(true, "192.0.2.50", 3128, "proxyuser", true, "Pr0xy2020"));
            // restarted, the connector dials through the proxy at once instead of at its next retry
            device.driver.run(io.fpsh.device.Mode.ROOT, "pmtool restartbyid SSEConnector", Duration.ofSeconds(10));
            for (Probe<?> probe : PROBES) {
                ProbeResult text = device.run(probe);
                Record model = device.ftd.model().answer(probe.name(), List.of()).orElseThrow();
                String everything = text.record() + "\n" + text.evidence() + "\n" + model;
                assertFalse(everything.contains("Pr0xy2020"), probe.name() + " shows the proxy's password");
            }
            ConnectorLog log = (ConnectorLog) device.run(new ConnectorLogProbe()).record();
            assertEquals("info", log.entries().get(log.entries().size() - 1).level(), "connected through the proxy");
        }
    }

    @Test
    void lsofShowsTheConnectorsSynSentSocketToEventingIngestOnNoEvents() throws Exception {
        try (Lab device = new Lab("ftd01-no-events")) {
            ProbeResult result = device.run(new LsofProbe());
            List<LsofSockets.Socket> synSent = ((LsofSockets) result.record()).sockets().stream()
                    .filter(s -> "SYN_SENT".equals(s.tcpState())).toList();
            assertEquals(1, synSent.size(), result.evidence().output());
            LsofSockets.Socket socket = synSent.get(0);
            assertEquals("connector", socket.command());
            List<String> eventingIngest = device.file.network().hosts().stream()
                    .filter(h -> h.name().equals("eventing-ingest.sse.itd.cisco.com")).findFirst().orElseThrow().addresses();
            assertTrue(eventingIngest.stream().anyMatch(a -> socket.remoteEnd().equals(a + ":443")), socket.remoteEnd());
            assertTrue(socket.localEnd().startsWith(device.file.management().ipv4().address() + ":"), socket.localEnd());
            assertTrue(result.evidence().lines().stream().anyMatch(s -> s.text().contains("(SYN_SENT)")));
        }
    }

    @Test
    void actionQueueLogShowsCanConnectTimingOutWith28OnTheDnsLab() throws Exception {
        try (Lab device = new Lab("ftd01-dns")) {
            CanConnectLog log = (CanConnectLog) device.run(new ActionQueueLogProbe()).record();
            assertFalse(log.runs().isEmpty());
            assertTrue(log.runs().stream().allMatch(r -> r.curlReturnCode() == 28), log.toString());
            assertEquals("https://api-sse.cisco.com/providers/sse/api/v1/regions", log.runs().get(0).url());
        }
    }

    @Test
    void theConnectorLogOfTheDnsLabShowsTheLookupTimingOutOnTheDeadServer() throws Exception {
        try (Lab device = new Lab("ftd01-dns")) {
            ConnectorLog log = (ConnectorLog) device.run(new ConnectorLogProbe()).record();
            // the websocket's last try and the registration's each wait out the dead server
            java.util.function.Function<String, ConnectorLog.GoNetError> lastOf = function -> log.entries().stream()
                    .filter(e -> function.equals(e.function())).reduce((a, b) -> b).orElseThrow().error();
            assertEquals(new ConnectorLog.GoNetError("lookup", "eventing-ingest.sse.itd.cisco.com", "192.0.2.10:53", null,
                    "i/o timeout"), lastOf.apply("events:connectWebSocket"));
            assertEquals(new ConnectorLog.GoNetError("lookup", "api-sse.cisco.com", "192.0.2.10:53", null,
                    "i/o timeout"), lastOf.apply("registration:Register"));
        }
    }

    @Test
    void netstatShowsTheEventHandlerSocketListeningOnlyOnNoEvents() throws Exception {
        try (Lab device = new Lab("ftd01-no-events")) {
            UnixSockets sockets = (UnixSockets) device.run(new NetstatProbe()).record();
            assertEquals(List.of("LISTENING"), sockets.sockets().stream()
                    .filter(s -> s.path().endsWith("EventHandler_SSEConnector.sock")).map(UnixSockets.Socket::state).toList());
        }
    }

    /** A shipped lab's device and a driver that answers sudo with the lab's admin password. */
    private static final class Lab implements AutoCloseable {
        final LabFile file;
        final SimulatedFtd ftd;
        final DeviceDriver driver;

        Lab(String name) throws Exception {
            file = LabDevices.read(name);
            ftd = new SimulatedFtd(file);
            String password = file.device().accounts().get(0).password();
            driver = new DeviceDriver(ftd, (user, question) -> Optional.of(password));
        }

        ProbeResult run(Probe<?> probe) {
            ProbeResult result = ProbeRunner.run(probe, List.of(), driver, Duration.ofSeconds(20));
            assertEquals(ProbeStatus.OK, result.status(), () -> probe.name() + ": " + result.error() + "\n"
                    + result.evidence().output());
            assertNotNull(result.record());
            return result;
        }

        @Override
        public void close() {
            driver.close();
            ftd.close();
        }
    }
}
