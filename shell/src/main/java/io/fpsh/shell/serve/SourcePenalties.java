package io.fpsh.shell.serve;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Who guessed passwords lately, by client address, as sshd's PerSourcePenalties keeps it: after
 * {@code penaltyAfter} wrong passwords an address is refused new connections for {@code penalty}, and each further
 * refusal of the same address lasts twice the one before, up to {@code maxPenalty}. A good login from the address
 * clears its record; other addresses are never affected. The table is bounded, the oldest record going first.
 */
final class SourcePenalties {
    /** sshd's max-sources4 default: enough for a classroom, bounded against address-hopping. */
    static final int MAX_SOURCES = 65_536;

    private final int penaltyAfter;
    private final long penaltyNanos;
    private final long maxPenaltyNanos;
    private final LongSupplier nanoClock;
    private final Map<InetAddress, Source> sources = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Source {
        int failures;
        long refusedUntil;
        long lastPenalty;
    }

    SourcePenalties(int penaltyAfter, Duration penalty, Duration maxPenalty, LongSupplier nanoClock) {
        this.penaltyAfter = penaltyAfter;
        this.penaltyNanos = penalty.toNanos();
        this.maxPenaltyNanos = maxPenalty.toNanos();
        this.nanoClock = nanoClock;
    }

    SourcePenalties(ServeLimits limits) {
        this(limits.penaltyAfter(), limits.penalty(), limits.maxPenalty(), System::nanoTime);
    }

    /** True while {@code address} is refused. */
    synchronized boolean refuses(InetAddress address) {
        Source source = sources.get(address);
        return source != null && nanoClock.getAsLong() - source.refusedUntil < 0;
    }

    /** A wrong password from {@code address}: the one that reaches the count starts (or doubles) its refusal. */
    synchronized void failed(InetAddress address) {
        Source source = sources.computeIfAbsent(address, a -> new Source());
        trim();
        if (++source.failures < penaltyAfter) {
            return;
        }
        source.failures = 0;
        long length = source.lastPenalty == 0 ? penaltyNanos : Math.min(maxPenaltyNanos, source.lastPenalty * 2);
        source.lastPenalty = length;
        source.refusedUntil = nanoClock.getAsLong() + length;
    }

    /** A good login from {@code address}: its record goes. */
    synchronized void succeeded(InetAddress address) {
        sources.remove(address);
    }

    private void trim() {
        Iterator<InetAddress> oldest = sources.keySet().iterator();
        while (sources.size() > MAX_SOURCES && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
