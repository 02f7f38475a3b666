package io.fpsh.sim;

import io.fpsh.sim.run.LabDevices;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.Reachability;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectorActivityTest {
    private final LabFile lab = readLab();
    private final AtomicLong nanos = new AtomicLong();
    private final DeviceState state = new DeviceState(lab, new LabClock(lab.clock().start(), false, nanos::get));
    private final ConnectorActivity connector = new ConnectorActivity(state, new Reachability(lab));

    private static LabFile readLab() {
        try {
            return LabDevices.read("ftd01-dns");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void advanceSeconds(long seconds) {
        nanos.addAndGet(seconds * 1_000_000_000L);
    }

    @Test
    void whileDnsIsBrokenCanConnectFailsWithTheGuidesCurlStatus() {
        List<String> lines = connector.actionQueueLog().lines().toList();
        assertEquals(30, lines.size(), "one failed run a minute over the half hour before the session");
        assertEquals("Apr  8 01:20:00 ftd01 ActionQueueScrape.pl[19094]: [SF::SSE::Enrollment] canConnect: System (/usr/bin/curl -s --connect-timeout 10 "
                + "-m 20 -L --max-redirs 5 --max-filesize 104857600 --capath /ngfw/etc/sf/keys/fireamp/thawte_roots -f "
                + "https://api-sse.cisco.com/providers/sse/api/v1/regions) Failed, curl returned 28 at "
                + "/ngfw/usr/local/sf/lib/perl/5.10.1/SF/System.pmline 10477.", lines.get(29));
        // the websocket's lines (the registration's have their own test, ConnectorRegistrationLogTest)
        String log = connector.connectorLog().lines().filter(l -> l.contains("events:connectWebSocket"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(log.lines().allMatch(l -> l.contains("level=error") && l.contains(
                "[ftd01][events.go:90 events:connectWebSocket] dial tcp: lookup eventing-ingest.sse.itd.cisco.com on 192.0.2.10:53: read udp 192.0.2.27:")
                && l.endsWith("->192.0.2.10:53: i/o timeout\"")), log);
        assertTrue(log.startsWith("time=\"2020-04-07T19:54:23."), log);
        assertTrue(connector.websocket().isEmpty());
    }

    @Test
    void afterTheFixTheNextRunsSucceedAndTheWebsocketComesUp() {
        advanceSeconds(30);
        state.setDnsServers(List.of("192.0.2.11"));
        int failuresAtFix = connector.actionQueueLog().lines().toList().size();
        advanceSeconds(600);
        assertEquals(failuresAtFix, connector.actionQueueLog().lines().count(), "no failure after the fix");
        assertTrue(connector.connectorLog().lines().filter(l -> l.contains("events:")).reduce((a, b) -> b).orElseThrow()
                .contains("level=info msg=\"[ftd01][events.go:118 events:connectWebSocket] websocket connected to wss://eventing-ingest.sse.itd.cisco.com/events (198.51.100.246:443)\""));
        ConnectorActivity.Websocket socket = connector.websocket().orElseThrow();
        assertEquals("ec2-198-51-100-246.compute-1.amazonaws.com", socket.reverseName());
    }

    @Test
    void aResolverThatGivesUpBeforeTheConnectTimeoutMakesCurlSaySix() {
        Reachability reachability = new Reachability(lab);
        assertEquals(28, reachability.canConnectStatus("api-sse.cisco.com", List.of("192.0.2.10"), 10));
        assertEquals(6, reachability.canConnectStatus("api-sse.cisco.com", List.of("192.0.2.10"), 11));
        assertEquals(0, reachability.canConnectStatus("api-sse.cisco.com", List.of("192.0.2.10", "192.0.2.11"), 10));
        assertFalse(reachability.resolve("nosuch.cisco.invalid", List.of("192.0.2.11")).resolved());
        assertFalse(reachability.resolve("nosuch.cisco.invalid", List.of("192.0.2.11")).timedOut());
        // a name the lab does not define but the Internet could have: the lab's DNS answers it (nslookup says the same)
        assertEquals(List.of("203.0.113.219"), reachability.resolve("nosuch.cisco.com", List.of("192.0.2.11")).addresses());
    }
}
