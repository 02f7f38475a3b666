package io.fpsh.sim.faults;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.CurlLimits;
import io.fpsh.sim.connector.Reachability;
import io.fpsh.sim.connector.TlsOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daemons' view through the device's proxy, from the proxy lab's file alone (no socket opened). */
class ProxyModelTest {
    private static final String API = "api-sse.cisco.com";
    private static final List<String> DNS = List.of("192.0.2.11");

    private final LabFile lab;
    private final Reachability reachability;
    private final Instant start;

    ProxyModelTest() throws Exception {
        lab = LabDevices.read("ftd01-proxy");
        reachability = new Reachability(lab);
        start = lab.clock().start();
    }

    private static DeviceState.Proxy proxy(String address, int port, String user, String password) {
        return new DeviceState.Proxy(true, address, port, user, user != null, password);
    }

    @Test
    void eachWayOfGettingTheProxyWrong() {
        assertEquals(TlsOutcome.ESTABLISHED, reachability.connect443Via(proxy("192.0.2.50", 3128, "proxyuser", "Pr0xy2020"), API, DNS, start));
        assertEquals(TlsOutcome.PROXY_AUTHENTICATION_REQUIRED, reachability.connect443Via(proxy("192.0.2.50", 3128, null, null), API, DNS, start));
        assertEquals(TlsOutcome.PROXY_AUTHENTICATION_REQUIRED,
                reachability.connect443Via(proxy("192.0.2.50", 3128, "admin", "Pr0xy2020"), API, DNS, start));
        assertEquals(TlsOutcome.TIMED_OUT, reachability.connect443Via(proxy("192.0.2.51", 3128, "proxyuser", "Pr0xy2020"), API, DNS, start));
        assertEquals(TlsOutcome.PROXY_NOT_RESOLVED,
                reachability.connect443Via(proxy("proxy.example.invalid", 3128, "proxyuser", "Pr0xy2020"), API, DNS, start));
        assertEquals(TlsOutcome.PROXY_CANNOT_REACH,
                reachability.connect443Via(proxy("192.0.2.50", 3128, "proxyuser", "Pr0xy2020"), "nowhere.example", DNS, start));
        // a proxy name the lab does not define gets its public address, outside the lab: no route to host
        assertEquals(TlsOutcome.UNREACHABLE,
                reachability.connect443Via(proxy("proxy.example.com", 3128, "proxyuser", "Pr0xy2020"), API, DNS, start));
    }

    @Test
    void canConnectThroughTheProxy() {
        String url = "https://" + API + "/providers/sse/api/v1/regions";
        assertEquals(28, reachability.canConnectStatus(url, DNS, start, CurlLimits.CAN_CONNECT));
        assertEquals(0, reachability.canConnectStatus(url, DNS, proxy("192.0.2.50", 3128, "proxyuser", "Pr0xy2020"), start, CurlLimits.CAN_CONNECT));
        assertEquals(56, reachability.canConnectStatus(url, DNS, proxy("192.0.2.50", 3128, "proxyuser", "x"), start, CurlLimits.CAN_CONNECT));
        assertEquals(5, reachability.canConnectStatus(url, DNS, proxy("proxy.example.invalid", 3128, null, null), start, CurlLimits.CAN_CONNECT));
    }

    @Test
    void theRestartedConnectorsWebsocketGoesToTheProxyOnceItIsSet() {
        LabClock clock = new LabClock(start, true);
        DeviceState state = new DeviceState(lab, clock);
        ConnectorActivity connector = new ConnectorActivity(state, reachability);
        assertEquals("SYN_SENT", connector.websocket().orElseThrow().tcpState());
        state.setProxy(proxy("192.0.2.50", 3128, "proxyuser", "Pr0xy2020"));
        // the dial under way goes on: the connector sees the proxy at its next retry, or at once when restarted
        assertEquals("SYN_SENT", connector.websocket().orElseThrow().tcpState());
        state.restartDaemon("SSEConnector");
        ConnectorActivity.Websocket socket = connector.websocket().orElseThrow();
        assertEquals(List.of("192.0.2.50", 3128, "192.0.2.50", "ESTABLISHED"),
                List.of(socket.address(), socket.port(), socket.reverseName(), socket.tcpState()));
        List<String> log = connector.connectorLog().lines().toList();
        assertTrue(log.get(log.size() - 1).endsWith("websocket connected to wss://eventing-ingest.sse.itd.cisco.com/events "
                + "(192.0.2.50:3128)\""), log.get(log.size() - 1));
    }
}
