package io.fpsh.net.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.Message;

/**
 * A UDP DNS server on 127.0.0.1 and an ephemeral port, answering from a {@link DnsZone} with a lab-chosen
 * behaviour. One daemon thread reads queries; delayed replies go out from a scheduler so a SLOW name does not hold
 * up the others. Bad packets are answered with FORMERR or dropped, never fatal.
 */
public final class LabDnsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LabDnsServer.class);
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final DatagramSocket socket;
    private final ScheduledExecutorService delayedReplies;
    private final Thread reader;
    private final AtomicInteger queries = new AtomicInteger();
    private volatile DnsResponder responder;
    private volatile boolean closed;

    private LabDnsServer(DnsZone zone, DnsBehaviour behaviour, Duration delay) throws IOException {
        this.responder = responder(zone, behaviour, delay);
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int id = SERIAL.incrementAndGet();
        this.delayedReplies = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "lab-dns-" + id + "-delay"));
        this.reader = daemon(this::serve, "lab-dns-" + id + "-" + socket.getLocalPort());
        reader.start();
    }

    /** Starts a server answering {@code zone} the normal way. */
    public static LabDnsServer start(DnsZone zone) {
        return start(zone, DnsBehaviour.ANSWER, Duration.ZERO);
    }

    /**
     * Starts a server whose default behaviour is {@code behaviour}; {@code delay} holds back every reply (needed for
     * SLOW; {@code null} means none). Names with their own behaviour or delay in the zone override both.
     */
    public static LabDnsServer start(DnsZone zone, DnsBehaviour behaviour, Duration delay) {
        try {
            return new LabDnsServer(zone, behaviour, delay);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the lab DNS server on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** The UDP port on 127.0.0.1. */
    public int port() {
        return socket.getLocalPort();
    }

    /** The endpoint, {@code 127.0.0.1:port()}. */
    public InetSocketAddress endpoint() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    /** How many packets arrived so far (answered or not), so tests and scenarios can see a SILENT server was asked. */
    public int queriesReceived() {
        return queries.get();
    }

    /** Changes zone and behaviour while running (a scenario breaking DNS mid-session). */
    public void reconfigure(DnsZone zone, DnsBehaviour behaviour, Duration delay) {
        this.responder = responder(zone, behaviour, delay);
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        delayedReplies.shutdownNow();
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DnsResponder responder(DnsZone zone, DnsBehaviour behaviour, Duration delay) {
        if (zone == null || behaviour == null) {
            throw new IllegalArgumentException("a lab DNS server needs a zone and a behaviour");
        }
        if (behaviour == DnsBehaviour.NXDOMAIN) {
            throw new IllegalArgumentException("NXDOMAIN is for one name, not a whole DNS server");
        }
        boolean hasDelay = delay != null && !delay.isZero();
        if (behaviour == DnsBehaviour.SLOW && !hasDelay) {
            throw new IllegalArgumentException("a SLOW DNS server needs a delay");
        }
        zone.entries().forEach((name, entry) -> {
            if (entry.behaviour() == DnsBehaviour.SLOW && entry.delay() == null && !hasDelay) {
                throw new IllegalArgumentException("DNS name " + name + " is SLOW but neither it nor its server has a delay");
            }
        });
        return new DnsResponder(zone, behaviour, delay);
    }

    private void serve() {
        byte[] buffer = new byte[65535];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                if (!closed) {
                    log.debug("lab DNS receive failed", e);
                }
                continue;
            }
            queries.incrementAndGet();
            try {
                handle(Arrays.copyOf(packet.getData(), packet.getLength()), packet.getSocketAddress());
            } catch (RuntimeException e) {
                log.debug("lab DNS dropped a query it could not handle", e); // one bad packet must not stop the server
            }
        }
    }

    private void handle(byte[] packet, SocketAddress client) {
        Message query;
        try {
            query = new Message(packet);
        } catch (IOException e) {
            DnsResponder.formatError(packet, packet.length).ifPresent(reply -> send(reply, client));
            return;
        }
        Optional<DnsResponder.Reply> reply = responder.respond(query);
        if (reply.isEmpty()) {
            return;
        }
        byte[] wire = reply.get().message().toWire(DnsResponder.maxReplySize(query));
        Duration delay = reply.get().delay();
        if (delay.isZero()) {
            send(wire, client);
        } else {
            delayedReplies.schedule(() -> send(wire, client), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void send(byte[] wire, SocketAddress client) {
        try {
            socket.send(new DatagramPacket(wire, wire.length, client));
        } catch (IOException e) {
            if (!closed) {
                log.debug("lab DNS could not send a reply to {}", client, e);
            }
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
