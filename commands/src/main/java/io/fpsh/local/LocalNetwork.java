package io.fpsh.local;

import io.fpsh.net.VirtualNetwork;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/** The operator's real network: every address is itself, so refusals and timeouts are the kernel's own. */
public final class LocalNetwork implements VirtualNetwork {

    @Override
    public TcpRoute tcp(InetAddress address, int port) {
        return new TcpRoute.Reach(new InetSocketAddress(address, port));
    }

    @Override
    public Optional<InetSocketAddress> udp(InetAddress address, int port) {
        return Optional.of(new InetSocketAddress(address, port));
    }
}
