package io.fpsh.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Where traffic to an address really goes. The lab network maps its virtual addresses
 * (192.0.2.x, 198.51.100.x, ...) to servers on 127.0.0.1 and never opens a socket anywhere else;
 * the local target maps every address to itself.
 */
public interface VirtualNetwork {

    /** The route of a TCP connection to {@code address:port}. */
    TcpRoute tcp(InetAddress address, int port);

    /** The loopback endpoint a datagram to {@code address:port} reaches, or empty when it is silently lost. */
    Optional<InetSocketAddress> udp(InetAddress address, int port);

    /** The device kernel's SYN retries: how long a connect to a {@link TcpRoute.Drop dropped} port lasts. */
    default SynRetries synRetries() {
        return SynRetries.DEFAULT;
    }

    /** How a TCP connect attempt ends before any byte is exchanged. */
    sealed interface TcpRoute permits TcpRoute.Reach, TcpRoute.Drop, TcpRoute.Reject, TcpRoute.Unreachable {
        /** The connection reaches a real server at this (loopback) endpoint. */
        record Reach(InetSocketAddress endpoint) implements TcpRoute {}
        /** SYNs vanish: the connect times out. */
        record Drop() implements TcpRoute {}
        /** An RST comes back: connection refused. */
        record Reject() implements TcpRoute {}
        /** A router answers ICMP host unreachable at once: no route to host. */
        record Unreachable() implements TcpRoute {}
    }
}
