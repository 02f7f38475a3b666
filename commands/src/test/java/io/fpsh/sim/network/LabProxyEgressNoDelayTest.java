package io.fpsh.sim.network;

import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lab proxy's leg to the server sends each write at once (TCP_NODELAY), as its client leg does. */
class LabProxyEgressNoDelayTest {

    @Test
    void theProxysUpstreamLegSendsAtOnce() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetAddress virtual = InetAddress.getByName("198.51.100.20");
            HostResolver resolver = (host, deadline) -> new HostResolver.Resolution(host, HostResolver.Outcome.RESOLVED,
                    List.of(virtual), null, Duration.ZERO);
            VirtualNetwork network = new VirtualNetwork() {
                @Override public TcpRoute tcp(InetAddress address, int port) {
                    return new TcpRoute.Reach(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
                }
                @Override public Optional<InetSocketAddress> udp(InetAddress address, int port) {
                    return Optional.empty();
                }
            };
            try (Socket upstream = new LabProxyEgress(resolver, network).dial("api-sse.cisco.com", 443);
                 Socket accepted = server.accept()) {
                assertTrue(upstream.getTcpNoDelay(), "TCP_NODELAY on the proxy's upstream leg");
            }
        }
    }
}
