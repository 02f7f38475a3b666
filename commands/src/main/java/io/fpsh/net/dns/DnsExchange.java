package io.fpsh.net.dns;

import io.fpsh.net.VirtualNetwork;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.SimpleResolver;

/**
 * One try: a few DNS queries sent together over UDP to one server, routed through the {@link VirtualNetwork}
 * (a lab address is never contacted itself, only the loopback endpoint it maps to), waiting at most the timeout.
 * No retries here: the callers own their retry policies.
 * <p>
 * The datagrams are read here rather than by dnsjava's resolver so that a hostile server is judged as BIND's
 * dighost judges it: a packet too short for a header, with another ID or without the QR bit is warned about and
 * the wait goes on; a packet with the right ID that does not parse ends the try as a {@link Outcome.BadPacket}.
 */
public final class DnsExchange {

    /** How one query of a try ended. */
    public sealed interface Outcome {
        record Reply(Message message) implements Outcome {}
        /** No answer within the timeout (or the datagram was silently lost). */
        record TimedOut() implements Outcome {}
        /** ICMP port unreachable: nothing listens on the server port. */
        record ConnectionRefused() implements Outcome {}
        record Failed(String reason) implements Outcome {}
        /** A reply with the query's ID that does not parse; {@code reason} in BIND's words, the packet as received. */
        record BadPacket(String reason, byte[] packet) implements Outcome {}
    }

    private static final int HEADER_LENGTH = 12;
    private static final int MAX_UDP = 65535;

    private final VirtualNetwork network;

    public DnsExchange(VirtualNetwork network) {
        this.network = network;
    }

    public Outcome exchange(Message query, InetAddress server, int port, Duration timeout)
            throws InterruptedException {
        return exchange(query, server, port, timeout, warning -> { });
    }

    /** {@code warnings} gets BIND's ";; Warning: ..." lines for packets that were ignored while waiting. */
    public Outcome exchange(Message query, InetAddress server, int port, Duration timeout, Consumer<String> warnings)
            throws InterruptedException {
        return exchangeAll(List.of(query), server, port, timeout, warnings).get(0);
    }

    /** Sends all queries at once (as glibc sends A and AAAA together) and waits for them until one common deadline. */
    public List<Outcome> exchangeAll(List<Message> queries, InetAddress server, int port, Duration timeout)
            throws InterruptedException {
        return exchangeAll(queries, server, port, timeout, warning -> { });
    }

    public List<Outcome> exchangeAll(List<Message> queries, InetAddress server, int port, Duration timeout,
                                     Consumer<String> warnings) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        Optional<InetSocketAddress> route = network.udp(server, port);
        if (route.isEmpty()) {
            sleepUntil(deadline); // a lost datagram: all the client can do is wait
            return queries.stream().<Outcome>map(q -> new Outcome.TimedOut()).toList();
        }
        Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
        for (Message query : queries) outcomes.put(query.getHeader().getID(), null);
        try (DatagramChannel channel = DatagramChannel.open(); Selector selector = Selector.open()) {
            // connected: an ICMP port unreachable then surfaces as PortUnreachableException
            channel.connect(route.get());
            for (Message query : queries) channel.write(ByteBuffer.wrap(query.toWire(MAX_UDP)));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            receiveUntil(deadline, channel, selector, outcomes, warnings);
        } catch (ClosedByInterruptException e) {
            throw new InterruptedException(); // Ctrl-C while sending
        } catch (PortUnreachableException e) {
            outcomes.replaceAll((id, o) -> o == null ? new Outcome.ConnectionRefused() : o);
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage());
            outcomes.replaceAll((id, o) -> o == null ? new Outcome.Failed(reason) : o);
        }
        List<Outcome> result = new ArrayList<>();
        for (Message query : queries) {
            Outcome o = outcomes.get(query.getHeader().getID());
            result.add(o == null ? new Outcome.TimedOut() : truncatedOverTcp(o, query, route.get(), deadline));
        }
        return result;
    }

    private static void receiveUntil(long deadline, DatagramChannel channel, Selector selector,
                                     Map<Integer, Outcome> outcomes, Consumer<String> warnings)
            throws IOException, InterruptedException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_UDP);
        while (outcomes.containsValue(null)) {
            long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remainingMillis <= 0) return;
            selector.select(remainingMillis);
            if (Thread.interrupted()) throw new InterruptedException(); // Ctrl-C wakes select() up
            selector.selectedKeys().clear();
            buffer.clear();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                byte[] packet = Arrays.copyOf(buffer.array(), buffer.limit());
                judge(packet, outcomes, warnings);
                buffer.clear();
            }
        }
    }

    /** What BIND's dighost does with one datagram: warn and keep waiting, or settle the query it answers. */
    private static void judge(byte[] packet, Map<Integer, Outcome> outcomes, Consumer<String> warnings) {
        if (packet.length < HEADER_LENGTH) {
            warnings.accept(";; Warning: short (< header size) message received");
            return;
        }
        int id = ((packet[0] & 0xff) << 8) | (packet[1] & 0xff);
        boolean expected = outcomes.containsKey(id) && outcomes.get(id) == null;
        if (!expected) {
            warnings.accept(";; Warning: ID mismatch: expected ID " + firstWaiting(outcomes) + ", got " + id);
        }
        if ((packet[2] & 0x80) == 0) warnings.accept(";; Warning: query response not set");
        if (!expected) return;
        try {
            outcomes.put(id, new Outcome.Reply(new Message(packet)));
        } catch (IOException | RuntimeException e) {
            outcomes.put(id, new Outcome.BadPacket(BindParseErrors.reason(e), packet));
        }
    }

    private static int firstWaiting(Map<Integer, Outcome> outcomes) {
        return outcomes.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).findFirst().orElse(0);
    }

    /** A reply with the TC bit is asked again over TCP, as BIND and glibc do. */
    private static Outcome truncatedOverTcp(Outcome outcome, Message query, InetSocketAddress endpoint, long deadline)
            throws InterruptedException {
        if (!(outcome instanceof Outcome.Reply reply) || !reply.message().getHeader().getFlag(Flags.TC)) return outcome;
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) return outcome;
        SimpleResolver tcp = new SimpleResolver(endpoint);
        tcp.setTCP(true);
        tcp.setTimeout(Duration.ofNanos(remaining));
        try {
            return new Outcome.Reply(tcp.sendAsync(query).toCompletableFuture().get(remaining, TimeUnit.NANOSECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return outcome; // keep what UDP gave
        }
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining > 0) TimeUnit.NANOSECONDS.sleep(remaining);
    }
}
