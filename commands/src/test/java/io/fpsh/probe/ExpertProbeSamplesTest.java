package io.fpsh.probe;

import io.fpsh.ftd.CanConnectLog;
import io.fpsh.ftd.ConnectorLog;
import io.fpsh.ftd.LsofSockets;
import io.fpsh.ftd.PmtoolStatus;
import io.fpsh.ftd.UnixSockets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The expert-side probes' parsers on real devices' text: the guide's and Cisco's verbatim samples (see the README). */
class ExpertProbeSamplesTest {

    @Test
    void pmtoolReadsTheFmcRecordAndThe7xDaemonLines() throws Exception {
        PmtoolStatus fmc = new PmtoolProbe().parse(sample("b5-pmtool-status-fmc.txt", 0), List.of());
        assertEquals(List.of(new PmtoolStatus.Daemon("SFDataCorrelator", "normal", "Running", 6703,
                "/usr/local/sf/bin/SFDataCorrelator --nodaemon", "/var/sf/run/SFDataCorrelator.pid",
                "/etc/sf/SFDataCorrelator.run", List.of("mysqld"), List.of())), fmc.daemons());

        PmtoolStatus event = new PmtoolProbe().parse(sample("c7-pmtool-grep-event.txt", 0), List.of());
        PmtoolStatus.Daemon eventHandler = event.daemons().get(0);
        assertEquals(1, event.daemons().size(), "the Required by line before the header belongs to another daemon");
        assertEquals(List.of("EventHandler", "normal", "Running", 17453), List.of(eventHandler.name(),
                eventHandler.category(), eventHandler.state(), eventHandler.pid()));
        assertEquals("/ngfw/usr/local/sf/bin/EventHandler", eventHandler.command());
        assertEquals("/ngfw/var/sf/run/EventHandler.pid", eventHandler.pidFile());
        assertEquals("/ngfw/etc/sf/EventHandler.run", eventHandler.enableFile());

        PmtoolStatus.Daemon sse = new PmtoolProbe().parse(sample("c7-pmtool-grep-sse.txt", 0), List.of()).daemons().get(0);
        assertEquals(List.of("SSEConnector", "system", "Running", 20697),
                List.of(sse.name(), sse.category(), sse.state(), sse.pid()));
    }

    @Test
    void netstatReadsTheGuidesListeningAndConnectedLines() throws Exception {
        UnixSockets bad = new NetstatProbe().parse(sample("guide-netstat-listening.txt", 0), List.of());
        assertEquals(List.of(new UnixSockets.Socket(2, List.of("ACC"), "STREAM", "LISTENING", 3022791165L, 11204,
                "EventHandler", "/ngfw/var/sf/run/EventHandler_SSEConnector.sock")), bad.sockets());

        ProbeOutput text = sample("guide-netstat-connected.txt", 0);
        UnixSockets good = new NetstatProbe().parse(text, List.of());
        assertEquals(List.of("LISTENING", "CONNECTED"), good.sockets().stream().map(UnixSockets.Socket::state).toList());
        UnixSockets.Socket connected = good.sockets().get(1);
        assertEquals(List.of(), connected.flags());
        assertEquals(378537L, connected.inode());
        assertEquals(7741, connected.pid());
        assertEquals("/ngfw/var/sf/run/EventHandler_SSEConnector.soc", connected.path(), "the path as printed (cut by the guide)");
        assertEquals(List.of(1, 2), text.sources().stream().map(Evidence.Source::line).toList());
    }

    @Test
    void lsofReadsTheGuidesSynSentAndEstablishedLinesWithNames() throws Exception {
        LsofSockets synSent = new LsofProbe().parse(sample("guide-lsof-syn-sent.txt", 0), List.of());
        assertEquals(List.of(
                new LsofSockets.Socket("connector", 60815, "www", "10u", "IPv4", "3022789647", "0t0", "TCP",
                        "localhost:8989", null, "LISTEN"),
                new LsofSockets.Socket("connector", 60815, "www", "12u", "IPv4", "110237499", "0t0", "TCP",
                        "firepower.cisco.com:53426", "ec2-100-25-93-234.compute-1.amazonaws.com:https", "SYN_SENT")),
                synSent.sockets());

        // this sample's columns are padded with no-break spaces
        LsofSockets established = new LsofProbe().parse(sample("guide-lsof-established.txt", 0), List.of());
        LsofSockets.Socket websocket = established.sockets().get(1);
        assertEquals(List.of("connector", "13277", "www", "19u", "26077679"), List.of(websocket.command(),
                Integer.toString(websocket.pid()), websocket.user(), websocket.fd(), websocket.device()));
        assertEquals("x.x.x.200:56495", websocket.localEnd());
        assertEquals("ec2-35-172-147-246.compute-1.amazonaws.com:https", websocket.remoteEnd());
        assertEquals("ESTABLISHED", websocket.tcpState());
    }

    @Test
    void connectorLogReadsTheGuidesDialTimeouts() throws Exception {
        ConnectorLog log = new ConnectorLogProbe().parse(sample("guide-connector-log-dial-timeout.txt", 0), List.of());
        assertEquals(5, log.entries().size());
        ConnectorLog.Entry first = log.entries().get(0);
        assertEquals(Instant.parse("2020-04-13T19:34:02.884720460Z"), first.time());
        assertEquals("error", first.level());
        assertEquals("firepower.cisco.com", first.hostname());
        assertEquals("events.go:90", first.source());
        assertEquals("events:connectWebSocket", first.function());
        assertEquals("dial tcp x.x.x.246:443: getsockopt: connection timed out", first.message());
        assertEquals(new ConnectorLog.GoNetError("dial", null, null, "x.x.x.246:443", "connection timed out"), first.error());
        assertEquals(List.of("x.x.x.246:443", "x.x.x.234:443", "x.x.x.246:443", "x.x.x.234:443", "x.x.x.234:443"),
                log.entries().stream().map(e -> e.error().address()).toList());
    }

    @Test
    void goErrorsOfTheGuidesShapesAreTakenApart() {
        assertEquals(new ConnectorLog.GoNetError("lookup", "eventing-ingest.sse.itd.cisco.com", "192.0.2.10:53", null,
                        "i/o timeout"),
                GoNetErrorParser.find("dial tcp: lookup eventing-ingest.sse.itd.cisco.com on 192.0.2.10:53: read udp "
                        + "192.0.2.27:40123->192.0.2.10:53: i/o timeout"));
        assertEquals(new ConnectorLog.GoNetError("dial", null, null, "1.2.3.4:443", "i/o timeout"),
                GoNetErrorParser.find("dial tcp 1.2.3.4:443: i/o timeout"));
        assertEquals(new ConnectorLog.GoNetError("lookup", "api-sse.cisco.com", "192.0.2.10:53", null, "no such host"),
                GoNetErrorParser.find("Get https://api-sse.cisco.com/: dial tcp: lookup api-sse.cisco.com on 192.0.2.10:53: no such host"));
        assertEquals(new ConnectorLog.GoNetError("tls", null, null, null, "certificate signed by unknown authority"),
                GoNetErrorParser.find("x509: certificate signed by unknown authority"));
        assertNull(GoNetErrorParser.find("Unable to connect to the server, waiting 30s before retrying"));
    }

    @Test
    void actionQueueLogReadsTheGuidesCanConnectLine() throws Exception {
        CanConnectLog log = new ActionQueueLogProbe().parse(sample("guide-action-queue-canconnect.txt", 0), List.of());
        CanConnectLog.Run run = log.runs().get(0);
        assertNull(run.time(), "the guide's line has no time");
        assertEquals(19094, run.pid());
        assertEquals("https://api.eu.sse.itd.cisco.com/providers/sse/api/v1/regions", run.url());
        assertTrue(run.command().startsWith("/usr/bin/curl -s --connect-timeout 10 -m 20 -L"), run.command());
        assertEquals("Failed", run.outcome());
        assertEquals(28, run.curlReturnCode());
    }

    @Test
    void unreadableTextIsAParseErrorNamingTheLine() {
        ProbeParseException lsof = org.junit.jupiter.api.Assertions.assertThrows(ProbeParseException.class,
                () -> new LsofProbe().parse(new ProbeOutput("-bash: lsof: command not found\n", 127), List.of()));
        assertEquals("lsof: line 1: not a socket line of lsof -i: '-bash: lsof: command not found'", lsof.getMessage());
        ProbeParseException log = org.junit.jupiter.api.Assertions.assertThrows(ProbeParseException.class,
                () -> new ConnectorLogProbe().parse(new ProbeOutput(
                        "tail: cannot open '/ngfw/var/log/connector/connector.log' for reading: No such file or directory\n", 1),
                        List.of()));
        assertTrue(log.getMessage().startsWith("connector-log: line 1: could not read /ngfw/var/log/connector/connector.log"),
                log.getMessage());
        ProbeParseException pmtool = org.junit.jupiter.api.Assertions.assertThrows(ProbeParseException.class,
                () -> new PmtoolProbe().parse(new ProbeOutput("sudo: pmtool: command not found\n", 1), List.of()));
        assertTrue(pmtool.getMessage().contains("line 1: no daemon line"), pmtool.getMessage());
    }

    private static ProbeOutput sample(String name, int exitStatus) throws IOException {
        try (InputStream in = ExpertProbeSamplesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no sample " + name);
            }
            return new ProbeOutput(new String(in.readAllBytes(), StandardCharsets.UTF_8), exitStatus);
        }
    }
}
