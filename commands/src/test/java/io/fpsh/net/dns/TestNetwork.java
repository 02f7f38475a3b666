package io.fpsh.net.dns;

import io.fpsh.net.VirtualNetwork;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A lab network for tests: chosen virtual UDP endpoints lead to loopback test servers, the rest is lost. */
public final class TestNetwork implements VirtualNetwork {

    private final Map<InetSocketAddress, InetSocketAddress> udpRoutes = new ConcurrentHashMap<>();
    private final List<InetSocketAddress> udpRequests = new CopyOnWriteArrayList<>();

    public TestNetwork route(String virtualIp, int port, InetSocketAddress loopbackEndpoint) {
        udpRoutes.put(new InetSocketAddress(IpLiteral.parse(virtualIp).orElseThrow(), port), loopbackEndpoint);
        return this;
    }

    /** Every virtual endpoint a datagram was routed for, in order. */
    public List<InetSocketAddress> udpRequests() { return List.copyOf(udpRequests); }

    @Override
    public TcpRoute tcp(InetAddress address, int port) {
        return new TcpRoute.Drop();
    }

    @Override
    public Optional<InetSocketAddress> udp(InetAddress address, int port) {
        InetSocketAddress virtual = new InetSocketAddress(address, port);
        udpRequests.add(virtual);
        return Optional.ofNullable(udpRoutes.get(virtual));
    }
}
