package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.IcmpAnswers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * LINA's {@code traceroute HOST} in the diagnostic CLI: three probes a hop, times in whole msec, {@code * * *} for a
 * silent hop (3 seconds a probe, lab time) up to 30 hops. [UNVERIFIED: the layout of the ASA command reference's
 * traceroute example, not seen from an FTD; {@code !H} for the gateway's unreachable follows IOS.] Like
 * {@link LinaPing}, the probes take LINA's path ({@link LinaProbe#path}); no route out of the interface named prints
 * "No route to host ADDRESS" [UNVERIFIED, as LinaPing].
 */
public final class LinaTraceroute extends LinaProbe {
    static final int MAX_HOPS = 30;
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    public LinaTraceroute(DeviceState state) {
        super(state);
    }

    @Override
    void printHeader(String address, PrintStream out) {
        out.println();
        out.println("Type escape sequence to abort.");
        out.println("Tracing the route to " + address);
        out.println();
    }

    /** 0 once the address or an unreachable hop answers, or after the last hop. */
    @Override
    int probe(IcmpAnswers icmp, String address, PrintStream out) {
        List<IcmpAnswers.Hop> hops = icmp.path(address);
        try {
            for (int ttl = 1; ttl <= MAX_HOPS; ttl++) {
                if (ttl <= hops.size()) {
                    IcmpAnswers.Hop hop = hops.get(ttl - 1);
                    out.println(hopLine(icmp, ttl, hop));
                    out.flush();
                    if (hop.unreachable() || hop.address().equals(address)) {
                        return 0;
                    }
                    continue;
                }
                state.clock().pause(PROBE_TIMEOUT.multipliedBy(3));
                out.println(String.format(Locale.ROOT, "%2d  * * *", ttl));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String hopLine(IcmpAnswers icmp, int ttl, IcmpAnswers.Hop hop) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%2d  %s", ttl, hop.address()));
        for (int probe = 1; probe <= 3; probe++) {
            if (hop.unreachable()) {
                line.append(" !H");
            } else {
                double rtt = icmp.echo(hop.address(), probe) instanceof IcmpAnswers.Echo.Reply reply
                        ? reply.rttMillis() : hop.rttMillis();
                line.append(' ').append(Math.round(rtt)).append(" msec");
            }
        }
        return line.toString();
    }
}
