package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.IcmpAnswers;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * One run of the device's traceroute, its hops from the lab's ICMP rules ({@link IcmpAnswers}): the gateway, then
 * the host when it answers, {@code * * *} up to the hop limit when the path goes silent, {@code !H} when the gateway
 * says the host is unreachable. No packet is sent.
 * [UNVERIFIED] the FTD's traceroute: the layout and errors of Linux traceroute 2.x (Butskoy), 3 probes a hop.
 */
public final class TracerouteRun {
    public record Options(int maxHops, int waitSeconds, boolean numeric) {
        public static final Options DEFAULT = new Options(30, 5, false);
    }

    static final int PROBES = 3;
    /** traceroute 2.x keeps 16 probes in flight: silent hops cost one wait per 16 probes, not one each. */
    static final int PROBES_IN_FLIGHT = 16;

    private final DeviceLookup lookup;
    private final IcmpAnswers icmp;

    public TracerouteRun(DeviceState state) {
        this.lookup = new DeviceLookup(state);
        this.icmp = new IcmpAnswers(state);
    }

    /** Traces the path to {@code host}; returns 0, or 2 for a name that does not resolve (traceroute's own). */
    public int run(String host, Options options, PrintStream out, PrintStream err, BooleanSupplier cancelled) {
        DeviceLookup.Resolved target = lookup.resolveUnlessInterrupted(host);
        if (target == null) {
            return 2;
        }
        if (!target.found()) {
            err.println(host + ": " + (target.timedOut() ? "Temporary failure in name resolution" : "Name or service not known"));
            err.println("Cannot handle \"host\" cmdline arg `" + host + "' on position 1 (argc 1)");
            return 2;
        }
        String address = target.address();
        out.println("traceroute to " + host + " (" + address + "), " + options.maxHops() + " hops max, 60 byte packets");
        out.flush();
        List<IcmpAnswers.Hop> hops = icmp.path(address);
        int ttl = 0;
        int silentProbes = 0;
        while (ttl < options.maxHops()) {
            ttl++;
            if (cancelled.getAsBoolean()) {
                return 130;
            }
            if (ttl <= hops.size()) {
                IcmpAnswers.Hop hop = hops.get(ttl - 1);
                out.println(hopLine(ttl, hop, options.numeric()));
                out.flush();
                if (hop.unreachable() || hop.address().equals(address)) {
                    return 0;
                }
                continue;
            }
            out.println(String.format(Locale.ROOT, "%2d  * * *", ttl));
            out.flush();
            silentProbes += PROBES;
            if (silentProbes >= PROBES_IN_FLIGHT && !sleep(options.waitSeconds(), cancelled)) {
                return 130;
            }
            silentProbes %= PROBES_IN_FLIGHT;
        }
        return 0;
    }

    private String hopLine(int ttl, IcmpAnswers.Hop hop, boolean numeric) {
        String name = numeric ? hop.address() : lookup.reverseName(hop.address()) + " (" + hop.address() + ")";
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%2d  %s", ttl, name));
        for (int probe = 0; probe < PROBES; probe++) {
            line.append(String.format(Locale.ROOT, "  %.3f ms", hop.rttMillis() + 0.037 * (PROBES - probe)));
            if (hop.unreachable()) {
                line.append(" !H");
            }
        }
        return line.toString();
    }

    private static boolean sleep(int seconds, BooleanSupplier cancelled) {
        try {
            for (int i = 0; i < seconds * 10; i++) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                Thread.sleep(100);
            }
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
