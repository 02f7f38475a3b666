package io.fpsh.tools.curl;

import io.fpsh.net.VirtualNetwork;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** curl's connection to a lab server sends each write at once (TCP_NODELAY), as curl does. */
class VirtualSocketNoDelayTest {

    @Test
    void aConnectedVirtualSocketSendsEachWriteAtOnce() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            VirtualNetwork network = new VirtualNetwork() {
                @Override public TcpRoute tcp(InetAddress address, int port) {
                    return new TcpRoute.Reach(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
                }
                @Override public Optional<InetSocketAddress> udp(InetAddress address, int port) {
                    return Optional.empty();
                }
            };
            VirtualSocketFactory factory = new VirtualSocketFactory(network, new TcpEvents() {
                @Override public void connectStarted(InetSocketAddress target) {}
                @Override public void connected(InetSocketAddress target) {}
                @Override public void refused(InetSocketAddress target) {}
                @Override public void unreachable(InetSocketAddress target) {}
                @Override public void timedOut(InetSocketAddress target, int timeoutMillis) {}
                @Override public void synGaveUp(InetSocketAddress target) {}
            });
            try (Socket socket = factory.createSocket(); Socket accepted = connectAndAccept(socket, server)) {
                assertTrue(socket.getTcpNoDelay(), "TCP_NODELAY on curl's side");
            }
        }
    }

    private static Socket connectAndAccept(Socket socket, ServerSocket server) throws Exception {
        socket.connect(new InetSocketAddress(InetAddress.getByName("192.0.2.10"), 443), 5_000);
        return server.accept();
    }
}
