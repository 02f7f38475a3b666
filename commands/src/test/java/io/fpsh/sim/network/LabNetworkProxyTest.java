package io.fpsh.sim.network;

import io.fpsh.lab.LabCache;
import io.fpsh.lab.LabFile;
import io.fpsh.lab.LabLoader;
import io.fpsh.net.VirtualNetwork.TcpRoute;
import io.fpsh.sim.FastLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static io.fpsh.sim.network.DefaultLab.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proxy lab's network: direct 443 dropped, the proxy at its lab address tunnelling past the firewall. */
@Timeout(10)
class LabNetworkProxyTest {
    @TempDir
    Path dir;

    private LabFile lab(String name) throws Exception {
        return new LabLoader(new LabCache(dir.resolve("cache"))).load(FastLab.shippedLab(name));
    }

    @Test
    void theProxyTunnelsWhereTheDeviceCannotGo() throws Exception {
        LabFile lab = lab("ftd01-proxy");
        InetSocketAddress proxy;
        try (LabNetwork network = new LabNetwork(lab, () -> lab.clock().start())) {
            assertInstanceOf(TcpRoute.Drop.class, network.tcp(address("198.51.100.66"), 443));
            assertInstanceOf(TcpRoute.Drop.class, network.tcp(address("192.0.2.50"), 8080));
            proxy = assertInstanceOf(TcpRoute.Reach.class, network.tcp(address("192.0.2.50"), 3128)).endpoint();
            assertTrue(connect(proxy, "api-sse.cisco.com:443", "proxyuser:Pr0xy2020")
                    .startsWith("HTTP/1.1 200 Connection established\r\n\r\n"));
            assertTrue(connect(proxy, "api-sse.cisco.com:443", "proxyuser:nope").startsWith("HTTP/1.1 407 "));
            // the proxy's resolver is the lab's DNS: a name the lab lacks is Squid's 503
            assertTrue(connect(proxy, "nowhere.example:443", "proxyuser:Pr0xy2020").startsWith("HTTP/1.1 503 "));
        }
        PortChecks.assertFreed(proxy); // the proxy stopped with the network
    }

    @Test
    void inspectionPutsAMiddleboxInFrontOfEachTlsHost() throws Exception {
        LabFile lab = lab("ftd01-tls-inspection");
        try (LabNetwork network = new LabNetwork(lab, () -> lab.clock().start())) {
            InetSocketAddress api = assertInstanceOf(TcpRoute.Reach.class, network.tcp(address("198.51.100.66"), 443)).endpoint();
            InetSocketAddress eventing = assertInstanceOf(TcpRoute.Reach.class, network.tcp(address("198.51.100.246"), 443)).endpoint();
            assertTrue(!api.equals(eventing), "one middlebox per host");
            assertEquals(api, assertInstanceOf(TcpRoute.Reach.class, network.tcp(address("198.51.100.66"), 443)).endpoint());
        }
    }

    /** A CONNECT with Basic credentials; the proxy's answer head (what it sent before we hang up). */
    private static String connect(InetSocketAddress proxy, String authority, String credentials) throws IOException {
        try (Socket socket = new Socket(proxy.getAddress(), proxy.getPort())) {
            socket.setSoTimeout(5000);
            String request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\nProxy-Authorization: Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                head.append((char) c);
            }
            return head.toString();
        }
    }
}
