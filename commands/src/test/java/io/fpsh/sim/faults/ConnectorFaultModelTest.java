package io.fpsh.sim.faults;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.Reachability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connector's history on the no-events lab, at a pinned clock: exact lines, no sockets opened. */
class ConnectorFaultModelTest {
    private static ConnectorActivity connector(String lab) throws Exception {
        LabFile file = LabDevices.read(lab);
        DeviceState state = new DeviceState(file, new LabClock(file.clock().start(), true));
        return new ConnectorActivity(state, new Reachability(file));
    }

    /** The websocket's lines: the registration's own lines (registration.go, enrollment.go) come between them. */
    private static List<String> websocketLines(ConnectorActivity connector) {
        return connector.connectorLog().lines().filter(line -> line.contains("events.go")).toList();
    }

    @Test
    void droppedEventingIngestAlternatesBetweenItsAddresses() throws Exception {
        List<String> lines = websocketLines(connector("ftd01-no-events"));
        assertTrue(lines.size() >= 4, lines.toString());
        for (int i = 0; i < lines.size(); i++) {
            String address = i % 2 == 0 ? "198.51.100.246" : "198.51.100.234";
            assertTrue(lines.get(i).endsWith("level=error msg=\"[ftd01][events.go:90 events:connectWebSocket] dial tcp "
                    + address + ":443: getsockopt: connection timed out\""), lines.get(i));
        }
    }

    @Test
    void theLastAttemptsSynIsStillOut() throws Exception {
        ConnectorActivity connector = connector("ftd01-no-events");
        ConnectorActivity.Websocket socket = connector.websocket().orElseThrow();
        assertEquals("SYN_SENT", socket.tcpState());
        // round-robin DNS: the attempt under way starts with the address the last logged one did not
        int attempts = websocketLines(connector).size();
        String last = attempts % 2 == 1 ? "234" : "246";
        assertEquals("198.51.100." + last, socket.address());
        assertEquals("ec2-198-51-100-" + last + ".compute-1.amazonaws.com", socket.reverseName());
    }

    @Test
    void theDialLastsTheKernelsSynRetriesOnEachAddressThenTheNextFollows() throws Exception {
        LabFile file = LabDevices.read("ftd01-no-events");
        AtomicLong nanos = new AtomicLong();
        ConnectorActivity connector = new ConnectorActivity(
                new DeviceState(file, new LabClock(file.clock().start(), false, nanos::get)), new Reachability(file));
        int logged = websocketLines(connector).size();
        String first = connector.websocket().orElseThrow().address();
        for (int second = 0; second <= 120; second += 10) {
            nanos.set(second * 1_000_000_000L);
            assertEquals("SYN_SENT", connector.websocket().map(ConnectorActivity.Websocket::tcpState).orElse("none"), second + " s in");
            assertEquals(first, connector.websocket().orElseThrow().address());
        }
        // the kernel gives up on the first address after 127 s: the connector's next SYN goes to the other one
        nanos.set(130_000_000_000L);
        assertEquals(first.endsWith(".246") ? "198.51.100.234" : "198.51.100.246", connector.websocket().orElseThrow().address());
        assertEquals(logged, websocketLines(connector).size(), "nothing logged while the dial goes on");
        // 254 s after it began (a second before the session opened) the dial fails: logged then, and a short wait
        nanos.set(256_000_000_000L);
        assertTrue(connector.websocket().isEmpty(), "no socket between two attempts");
        List<String> log = websocketLines(connector);
        assertEquals(logged + 1, log.size());
        assertTrue(log.get(log.size() - 1).startsWith("time=\"2020-04-07T20:24:13."), log.get(log.size() - 1));
        nanos.set(265_000_000_000L);
        assertEquals("SYN_SENT", connector.websocket().orElseThrow().tcpState());
    }

    @Test
    void theLabsSynRetriesShortenTheConnectorsDials(@TempDir Path dir) throws Exception {
        Path lab = dir.resolve("short-syn.yaml");
        Files.writeString(lab, io.fpsh.sim.FastLab.completeText("ftd01-no-events")
                .replace("\nnetwork:\n", "\nnetwork:\n  tcpSynRetries: 1\n"));
        LabFile file = LabDevices.read(lab.toString());
        AtomicLong nanos = new AtomicLong();
        ConnectorActivity connector = new ConnectorActivity(
                new DeviceState(file, new LabClock(file.clock().start(), false, nanos::get)), new Reachability(file));
        assertEquals("SYN_SENT", connector.websocket().orElseThrow().tcpState());
        int logged = websocketLines(connector).size();
        nanos.set(6_000_000_000L); // 3 s per address, begun a second before the session: over at 5 s
        assertTrue(connector.websocket().isEmpty());
        assertEquals(logged + 1, websocketLines(connector).size());
        nanos.set(15_000_000_000L); // 9 s later the next dial is under way
        assertEquals("SYN_SENT", connector.websocket().orElseThrow().tcpState());
    }

    /** An eventing host the lab does not define: the lab's DNS gives it a public address, outside the lab. */
    @Test
    void aPublicEventingHostHasNoRouteAndLeavesNoSocket(@TempDir Path dir) throws Exception {
        Path lab = dir.resolve("public-eventing.yaml");
        Files.writeString(lab, io.fpsh.sim.FastLab.completeText("ftd01-no-events")
                .replace("eventingHost: eventing-ingest.sse.itd.cisco.com", "eventingHost: eventing.example-partner.com"));
        LabFile file = LabDevices.read(lab.toString());
        ConnectorActivity connector = new ConnectorActivity(new DeviceState(file, new LabClock(file.clock().start(), true)),
                new Reachability(file));
        List<String> lines = websocketLines(connector);
        assertTrue(!lines.isEmpty(), "an error every retry period");
        for (String line : lines) {
            assertTrue(line.matches(".*level=error msg=\"\\[ftd01]\\[events.go:90 events:connectWebSocket] dial tcp "
                    + "203\\.0\\.113\\.\\d+:443: getsockopt: no route to host\""), line);
        }
        assertTrue(connector.websocket().isEmpty(), "no SYN left out: the router answered at once");
    }

    @Test
    void aFailedHandshakeLeavesNoSocketWhileAnotherHostsFaultLeavesItUp() throws Exception {
        assertTrue(connector("ftd01-cert-expired").websocket().isEmpty());
        assertEquals("ESTABLISHED", connector("ftd01-port-reject").websocket().orElseThrow().tcpState(),
                "only api-sse is rejected: the websocket to eventing-ingest is up");
    }
}
