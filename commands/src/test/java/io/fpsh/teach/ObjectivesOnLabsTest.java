package io.fpsh.teach;

import io.fpsh.device.Mode;
import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of objective on the shipped labs, read through the probes' model answers: not met as planted, still not
 * met after a command typed without effect, met after a fix, whichever correct path it took.
 */
class ObjectivesOnLabsTest {
    private static final String REGISTRATION = "https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients";
    private static final String CONNECTOR_CA = "/ngfw/etc/ssl/connectorCA.pem";
    private static final String EVENTING = "eventing-ingest.sse.itd.cisco.com";
    private static final String EVENT_SOCKET = "/ngfw/var/sf/run/EventHandler_SSEConnector.sock";

    private static SimulatedFtd open(String lab) throws Exception {
        LabFile file = LabDevices.read(lab);
        return new SimulatedFtd(file, new LabClock(file.clock().start(), false));
    }

    /** Types {@code line} in clish, answering its questions with {@code answers}; fails the test on a failed command. */
    private static void clish(SimulatedFtd ftd, String line, String... answers) {
        assertEquals(Mode.CLISH, ftd.mode());
        CapturingIo io = CapturingIo.answering(answers);
        assertEquals(0, ftd.run(line, io), line + ": " + io.text());
    }

    /** Types {@code lines} as root (expert, sudo su - with the lab's password), then back to the clish. */
    private static void asRoot(SimulatedFtd ftd, String... lines) {
        ftd.run("expert", new CapturingIo());
        ftd.run("sudo su -", CapturingIo.answering("Admin123"));
        assertEquals(Mode.ROOT, ftd.mode());
        for (String line : lines) {
            CapturingIo io = new CapturingIo();
            ftd.run(line, io);
        }
        ftd.run("exit", new CapturingIo());
        ftd.run("exit", new CapturingIo());
        assertEquals(Mode.CLISH, ftd.mode());
    }

    @Test
    void resolvesIsMetByAnyWorkingServerListAndNotByAnotherDeadOne() throws Exception {
        Objective resolves = new Objective.Resolves("api-sse.cisco.com");
        try (SimulatedFtd ftd = open("ftd01-dns")) {
            assertFalse(resolves.metOn(ftd.model()), "the planted dead server");
            clish(ftd, "configure network dns servers 192.0.2.12");
            assertFalse(resolves.metOn(ftd.model()), "the fix's command with a wrong address");
            clish(ftd, "configure network dns servers 192.0.2.10,192.0.2.11");
            assertTrue(resolves.metOn(ftd.model()), "the dead server first, then a working one: names resolve (slowly)");
            clish(ftd, "configure network dns 192.0.2.11");
            assertTrue(resolves.metOn(ftd.model()), "the guide's short form");
        }
        try (SimulatedFtd ftd = open("ftd01-nxdomain")) {
            assertFalse(resolves.metOn(ftd.model()), "NXDOMAIN is an answer without an address");
        }
    }

    @Test
    void answersCountsAnyHttpStatusAndWithACaFileOnlyAVerifiedChain() throws Exception {
        Objective direct = new Objective.Answers("https://api-sse.cisco.com", null);
        Objective verified = new Objective.Answers(REGISTRATION, CONNECTOR_CA);
        try (SimulatedFtd ftd = open("ftd01-dns")) {
            assertFalse(direct.metOn(ftd.model()));
            assertFalse(verified.metOn(ftd.model()));
            clish(ftd, "configure network dns servers 192.0.2.11");
            assertTrue(direct.metOn(ftd.model()), "403 Forbidden counts");
            assertTrue(verified.metOn(ftd.model()));
        }
        try (SimulatedFtd ftd = open("ftd01-tls-inspection")) {
            assertTrue(direct.metOn(ftd.model()), "curl -k reaches the inspecting proxy's answer");
            assertFalse(verified.metOn(ftd.model()), "the re-signed chain does not verify against the connector's CA");
        }
        try (SimulatedFtd ftd = open("ftd01-port-reject")) {
            assertFalse(direct.metOn(ftd.model()), "connection refused: no HTTP answer");
        }
    }

    @Test
    void websocketIsMetDirectlyOrThroughTheDevicesProxyOnceTheConnectorDials() throws Exception {
        Objective websocket = new Objective.WebsocketUp(EVENTING);
        try (SimulatedFtd ftd = open("ftd01-healthy")) {
            assertTrue(websocket.metOn(ftd.model()));
        }
        try (SimulatedFtd ftd = open("ftd01-no-events")) {
            assertFalse(websocket.metOn(ftd.model()), "SYN_SENT is not ESTABLISHED");
        }
        try (SimulatedFtd ftd = open("ftd01-proxy")) {
            assertFalse(websocket.metOn(ftd.model()));
            clish(ftd, "configure network http-proxy", "192.0.2.50", "3129", "y", "proxyuser", "Pr0xy2020", "Pr0xy2020");
            asRoot(ftd, "pmtool restartbyid SSEConnector");
            assertFalse(websocket.metOn(ftd.model()), "a proxy port nothing listens on");
            clish(ftd, "configure network http-proxy", "192.0.2.50", "3128", "y", "proxyuser", "Pr0xy2020", "Pr0xy2020");
            assertFalse(websocket.metOn(ftd.model()), "the connector has not dialled since");
            asRoot(ftd, "pmtool restartbyid SSEConnector");
            assertTrue(websocket.metOn(ftd.model()), "through the proxy");
        }
    }

    @Test
    void daemonIsMetWhenPmtoolShowsItRunningNotByARestartOfADisabledOne() throws Exception {
        Objective connector = new Objective.DaemonRunning("SSEConnector");
        try (SimulatedFtd ftd = open("ftd01-connector-down")) {
            assertFalse(connector.metOn(ftd.model()));
            asRoot(ftd, "pmtool restartbyid SSEConnector");
            assertFalse(connector.metOn(ftd.model()), "a disabled daemon stays down");
            asRoot(ftd, "pmtool EnableById SSEConnector");
            assertTrue(connector.metOn(ftd.model()));
        }
    }

    @Test
    void socketIsMetWhenTheConnectorAttachesToTheRunningEventHandler() throws Exception {
        Objective socket = new Objective.SocketConnected(EVENT_SOCKET);
        try (SimulatedFtd ftd = open("ftd01-eventhandler-down")) {
            assertFalse(socket.metOn(ftd.model()));
            asRoot(ftd, "pmtool EnableById EventHandler");
            assertFalse(socket.metOn(ftd.model()), "the connector attaches only when it starts");
            asRoot(ftd, "pmtool restartbyid SSEConnector");
            assertTrue(socket.metOn(ftd.model()));
        }
    }

    @Test
    void eachObjectiveIsOneSentenceWithoutTheAnswer() {
        assertEquals("api-sse.cisco.com resolves through the device's DNS servers",
                ObjectiveSentence.of(new Objective.Resolves("api-sse.cisco.com")));
        assertEquals("https://a.example.com answers the device's curl (any HTTP status, 403 too)",
                ObjectiveSentence.of(new Objective.Answers("https://a.example.com", null)));
        assertEquals(REGISTRATION + " answers the device's curl, its chain verified by " + CONNECTOR_CA,
                ObjectiveSentence.of(new Objective.Answers(REGISTRATION, CONNECTOR_CA)));
        assertEquals("the connector's websocket to " + EVENTING + " is ESTABLISHED",
                ObjectiveSentence.of(new Objective.WebsocketUp(EVENTING)));
        assertEquals("pmtool shows SSEConnector Running", ObjectiveSentence.of(new Objective.DaemonRunning("SSEConnector")));
        assertEquals("a daemon is CONNECTED to " + EVENT_SOCKET, ObjectiveSentence.of(new Objective.SocketConnected(EVENT_SOCKET)));
    }
}
