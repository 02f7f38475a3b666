package io.fpsh.net.dns;

import io.fpsh.net.VirtualNetwork;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.Message;
import org.xbill.DNS.SimpleResolver;

/**
 * One try: a few DNS queries sent together over UDP to one server, routed through the {@link VirtualNetwork}
 * (a lab address is never contacted itself, only the loopback endpoint it maps to), waiting at most the timeout.
 * No retries here: SimpleResolver does not retry and the callers own their retry policies.
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
    }

    /** dnsjava's own timer only backs ours up, so ours (exact, interruptible) always fires first. */
    private static final Duration DNSJAVA_TIMER_MARGIN = Duration.ofSeconds(2);

    private final VirtualNetwork network;

    public DnsExchange(VirtualNetwork network) {
        this.network = network;
    }

    public Outcome exchange(Message query, InetAddress server, int port, Duration timeout)
            throws InterruptedException {
        return exchangeAll(List.of(query), server, port, timeout).get(0);
    }

    /** Sends all queries at once (as glibc sends A and AAAA together) and waits for them until one common deadline. */
    public List<Outcome> exchangeAll(List<Message> queries, InetAddress server, int port, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        Optional<InetSocketAddress> route = network.udp(server, port);
        if (route.isEmpty()) {
            sleepUntil(deadline); // a lost datagram: all the client can do is wait
            return queries.stream().<Outcome>map(q -> new Outcome.TimedOut()).toList();
        }
        SimpleResolver resolver = new SimpleResolver(route.get());
        resolver.setTimeout(timeout.plus(DNSJAVA_TIMER_MARGIN));
        List<CompletableFuture<Message>> pending = new ArrayList<>();
        try {
            for (Message query : queries) pending.add(resolver.sendAsync(query).toCompletableFuture());
            List<Outcome> outcomes = new ArrayList<>();
            for (CompletableFuture<Message> answer : pending) outcomes.add(await(answer, deadline));
            return outcomes;
        } finally {
            pending.forEach(answer -> answer.cancel(true));
        }
    }

    private static Outcome await(CompletableFuture<Message> answer, long deadline) throws InterruptedException {
        try {
            long remaining = deadline - System.nanoTime();
            Message reply = answer.isDone() ? answer.get() : answer.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
            return new Outcome.Reply(reply);
        } catch (TimeoutException e) {
            return new Outcome.TimedOut();
        } catch (ExecutionException e) {
            return classify(e.getCause());
        }
    }

    private static Outcome classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortUnreachableException) return new Outcome.ConnectionRefused();
        }
        // dnsjava reports its own timeout as a plain IOException "Timed out while trying to resolve ..."
        if (failure instanceof IOException && String.valueOf(failure.getMessage()).startsWith("Timed out")) {
            return new Outcome.TimedOut();
        }
        return new Outcome.Failed(failure == null ? "unknown error" : String.valueOf(failure.getMessage()));
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining > 0) TimeUnit.NANOSECONDS.sleep(remaining);
    }
}
