package io.fpsh.tools.curl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** curl's clocks for the connect phase: --connect-timeout (else 300 s), -m, and the share each address gets. */
final class ConnectTimeouts {
    /** curl's built-in connect timeout (CURL_TIMEOUT_RESOLVE / DEFAULT_CONNECT_TIMEOUT): 300 s. */
    private static final long DEFAULT_CONNECT_TIMEOUT_MS = 300_000;

    private final CurlOptions o;
    private final LongSupplier elapsedMillis;
    /** The addresses of the latest lookup, in the order they are tried: curl halves the timeout while more follow. */
    private volatile List<InetAddress> lookedUp = List.of();
    /** Start of the current request (curl restarts its connect-timeout clock for each redirect). */
    private long requestStartNanos;

    ConnectTimeouts(CurlOptions options, LongSupplier elapsedMillis) {
        this.o = options;
        this.elapsedMillis = elapsedMillis;
    }

    void requestStarted() {
        requestStartNanos = System.nanoTime();
    }

    /** Notes the addresses a lookup gave, and returns them. */
    List<InetAddress> lookedUp(List<InetAddress> addresses) {
        lookedUp = addresses;
        return addresses;
    }

    /**
     * curl's timeout for one connect attempt: what is left of the connect timeout (--connect-timeout, else 300 s,
     * never past -m), halved while more addresses of the same family follow so that they get their turn.
     */
    int attemptMillis(int requestedMillis, boolean moreAddressesAfter) {
        long limit = connectLimitMillis();
        long spent = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - requestStartNanos);
        // A fast local lookup does not show in curl's "connect timeout after 2000ms": only a slow one shortens it.
        long left = spent < 50 ? limit : Math.max(1, limit - spent);
        long budget = moreAddressesAfter ? Math.max(1, left / 2) : left;
        return (int) (requestedMillis <= 0 ? budget : Math.min(requestedMillis, budget));
    }

    /** Whether the latest lookup has another address of {@code address}'s family after it. */
    boolean moreAddressesAfter(InetAddress address) {
        List<InetAddress> addresses = lookedUp;
        int index = addresses.indexOf(address);
        if (index < 0) return false;
        for (InetAddress next : addresses.subList(index + 1, addresses.size())) {
            if ((next instanceof Inet6Address) == (address instanceof Inet6Address)) return true;
        }
        return false;
    }

    /** curl gives name resolution the connect timeout (and never more than what is left of --max-time). */
    Duration resolveDeadline() {
        long limit = connectTimeoutOrDefault();
        if (o.maxTimeMillis > 0) limit = Math.min(limit, Math.max(1, o.maxTimeMillis - elapsedMillis.getAsLong()));
        return Duration.ofMillis(limit);
    }

    /** Whether -m ends the connect phase before the connect timeout does. */
    boolean maxTimeBinds() {
        return o.maxTimeMillis > 0 && o.maxTimeMillis < connectTimeoutOrDefault();
    }

    /** How long the whole connect phase may last: the connect timeout, never past -m. */
    long connectLimitMillis() {
        return o.maxTimeMillis > 0 ? Math.min(connectTimeoutOrDefault(), o.maxTimeMillis) : connectTimeoutOrDefault();
    }

    /** --connect-timeout, else curl's default. */
    private long connectTimeoutOrDefault() {
        return o.connectTimeoutMillis > 0 ? o.connectTimeoutMillis : DEFAULT_CONNECT_TIMEOUT_MS;
    }
}
