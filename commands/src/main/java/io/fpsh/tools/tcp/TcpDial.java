package io.fpsh.tools.tcp;

import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.VirtualNetwork.TcpRoute;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP connect as a device's program makes it, through its {@link VirtualNetwork}: a real socket to the loopback
 * server a lab address leads to, or the kernel's answer (refused, no route, a time-out after the SYN retries or
 * the program's own limit). The sockets of openssl, telnet and nc; curl has its own (OkHttp's factory).
 */
public final class TcpDial {
    /** How a connect ended. */
    public sealed interface Outcome permits Connected, Refused, NoRoute, TimedOut {}

    /** A real connected socket to the server standing for the address. */
    public record Connected(Socket socket) implements Outcome {}

    /** ECONNREFUSED (111). */
    public record Refused() implements Outcome {}

    /** EHOSTUNREACH (113). */
    public record NoRoute() implements Outcome {}

    /** ETIMEDOUT (110), after {@code waited}. */
    public record TimedOut(Duration waited) implements Outcome {}

    private final VirtualNetwork network;

    public TcpDial(VirtualNetwork network) {
        this.network = network;
    }

    /**
     * Connects to {@code address:port}; a dropped SYN costs the kernel's retries or {@code limit} (null: none),
     * whichever ends first, in real time (an interrupt ends the wait).
     */
    public Outcome connect(InetAddress address, int port, Duration limit) throws IOException, InterruptedException {
        return connect(address, port, limit, Socket::new);
    }

    /** The same, on a socket of {@code kind} (one that counts its bytes, say). */
    public Outcome connect(InetAddress address, int port, Duration limit, java.util.function.Supplier<Socket> kind)
            throws IOException, InterruptedException {
        TcpRoute route = network.tcp(address, port);
        if (route instanceof TcpRoute.Reach reach) {
            Socket socket = kind.get();
            try {
                socket.connect(reach.endpoint(), 10_000);
            } catch (java.net.ConnectException e) {
                socket.close();
                return new Refused();
            }
            return new Connected(socket);
        }
        if (route instanceof TcpRoute.Reject) {
            return new Refused();
        }
        if (route instanceof TcpRoute.Unreachable) {
            return new NoRoute();
        }
        Duration wait = network.synRetries().giveUpAfter();
        if (limit != null && limit.compareTo(wait) < 0) {
            wait = limit;
        }
        Thread.sleep(wait.toMillis());
        return new TimedOut(wait);
    }
}
