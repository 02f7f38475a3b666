package io.fpsh.net;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

/**
 * Resolves host names the way the device's C library does (resolv.conf servers in order, its timeout and
 * attempts), so that curl, the connector and ActionQueueScrape all see the same DNS.
 */
public interface HostResolver {

    /** Resolves {@code host}; never blocks past {@code deadline} (then it answers {@link Outcome#TIMED_OUT}). */
    Resolution resolve(String host, Duration deadline) throws InterruptedException;

    enum Outcome { RESOLVED, NOT_FOUND, SERVER_FAILURE, TIMED_OUT }

    /**
     * The answer, with the server that gave it (or the last one tried) and how long it took.
     * {@code addresses} is empty unless {@code outcome} is RESOLVED.
     */
    record Resolution(String host, Outcome outcome, List<InetAddress> addresses, InetAddress server, Duration took) {
        public boolean resolved() { return outcome == Outcome.RESOLVED && !addresses.isEmpty(); }
    }
}
