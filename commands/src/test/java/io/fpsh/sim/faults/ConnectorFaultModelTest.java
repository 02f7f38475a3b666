package io.fpsh.sim.faults;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.LabDevices;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.Reachability;
import org.junit.jupiter.api.Test;

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

    @Test
    void droppedEventingIngestAlternatesBetweenItsAddresses() throws Exception {
        List<String> lines = connector("ftd01-no-events").connectorLog().lines().toList();
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
        int attempts = connector.connectorLog().lines().toList().size();
        String last = attempts % 2 == 1 ? "246" : "234";
        assertEquals("198.51.100." + last, socket.address());
        assertEquals("ec2-198-51-100-" + last + ".compute-1.amazonaws.com", socket.reverseName());
    }

    @Test
    void aFailedHandshakeLeavesNoSocketWhileAnotherHostsFaultLeavesItUp() throws Exception {
        assertTrue(connector("ftd01-cert-expired").websocket().isEmpty());
        assertEquals("ESTABLISHED", connector("ftd01-port-reject").websocket().orElseThrow().tcpState(),
                "only api-sse is rejected: the websocket to eventing-ingest is up");
    }
}
