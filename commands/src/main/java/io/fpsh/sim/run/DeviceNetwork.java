package io.fpsh.sim.run;

import io.fpsh.sim.DeviceState;
import io.fpsh.net.SynRetries;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.server.LabHttpsServer;
import io.fpsh.net.server.SshBannerServer;
import io.fpsh.sim.connector.ConnectorLocalApi;
import io.fpsh.sim.expert.InetSocket;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The network as the device's own programs see it. The device's own addresses (its loopback 127.0.0.0/8 and ::1,
 * and its management address) belong to the device: only its listening sockets (as lsof lists them) answer there,
 * each served by a small loopback server of fpsh (sshd's banner, the connector's local API), and every other port
 * refuses at once, as a kernel with no listener does. Nothing on the host's own loopback is ever reached through
 * them. Every other address is the lab's.
 */
final class DeviceNetwork implements VirtualNetwork, AutoCloseable {
    /** The device's sshd identification line; its version is not known from a device (believed, not verified). */
    static final String SSH_IDENTIFICATION = "SSH-2.0-OpenSSH_7.4";

    private final VirtualNetwork lab;
    private final DeviceState state;
    private final Supplier<List<InetSocket>> sockets;
    private SshBannerServer sshd;
    private LabHttpsServer connectorApi;
    private boolean closed;

    DeviceNetwork(VirtualNetwork lab, DeviceState state, Supplier<List<InetSocket>> sockets) {
        this.lab = lab;
        this.state = state;
        this.sockets = sockets;
    }

    @Override
    public TcpRoute tcp(InetAddress address, int port) {
        if (!isOwn(address)) {
            return lab.tcp(address, port);
        }
        Optional<InetSocket> listener = sockets.get().stream()
                .filter(s -> s.isTcp() && s.isListening() && s.localPort() == port && accepts(s, address))
                .findFirst();
        return listener.flatMap(this::server).<TcpRoute>map(TcpRoute.Reach::new).orElseGet(TcpRoute.Reject::new);
    }

    @Override
    public Optional<InetSocketAddress> udp(InetAddress address, int port) {
        return isOwn(address) ? Optional.empty() : lab.udp(address, port);
    }

    @Override
    public SynRetries synRetries() {
        return lab.synRetries();
    }

    private boolean isOwn(InetAddress address) {
        return address.isLoopbackAddress() || address.getHostAddress().equals(state.ipv4().address());
    }

    /** A socket bound to 0.0.0.0 takes any of the device's IPv4 addresses; one bound to an address, only that one. */
    private static boolean accepts(InetSocket listener, InetAddress address) {
        if (listener.isIpv6() != (address instanceof Inet6Address)) {
            return false;
        }
        String bound = listener.localAddress();
        return bound.equals("0.0.0.0") || bound.equals("::") || bound.equals(address.getHostAddress());
    }

    /** The loopback server standing in for this listener's program, started on first use. */
    private synchronized Optional<InetSocketAddress> server(InetSocket listener) {
        if (closed) {
            return Optional.empty();
        }
        if (listener.program().equals("sshd")) {
            if (sshd == null) {
                sshd = SshBannerServer.start(SSH_IDENTIFICATION);
            }
            return Optional.of(sshd.endpoint());
        }
        if (listener.localPort() == state.lab().connector().port()) {
            if (connectorApi == null) {
                connectorApi = LabHttpsServer.start(ConnectorLocalApi.spec(state.lab().connector()), state.clock());
            }
            return Optional.of(connectorApi.endpoint());
        }
        return Optional.empty(); // a listener fpsh has no program for: refused rather than a stranger's answer
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (sshd != null) {
            sshd.close();
        }
        if (connectorApi != null) {
            connectorApi.close();
        }
    }
}
