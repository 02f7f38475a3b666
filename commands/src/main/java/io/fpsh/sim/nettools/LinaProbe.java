package io.fpsh.sim.nettools;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.DataRoutes;
import io.fpsh.sim.network.IcmpAnswers;

import java.io.PrintStream;
import java.util.Optional;

/**
 * What LINA's ping and traceroute share: the device, the address they aim at (an IPv4 literal, or a name the
 * device's DNS servers resolve), and the path they take: on a lab with data interfaces LINA's data routing table
 * ({@link DataRoutes}: the interface named, or the one a route finds; no route found falls back to the management
 * interface), on a lab without the management interface; the lab network's ICMP rules ({@link IcmpAnswers})
 * answer either way.
 * [UNVERIFIED] LINA's words for a name it cannot resolve; an ASA's "% Invalid Hostname" is used.
 */
abstract class LinaProbe {
    static final String INVALID_HOSTNAME = "ERROR: % Invalid Hostname";

    final DeviceState state;
    private final DataRoutes routes;

    LinaProbe(DeviceState state) {
        this.state = state;
        this.routes = new DataRoutes(state.lab());
    }

    /** Probes {@code host} the way LINA's routes say; Ctrl-C (an interrupt) ends the run early. */
    public int run(String host, PrintStream out, PrintStream err) {
        return run(null, host, out, err);
    }

    /**
     * Probes {@code host} out of data interface {@code nameif} ({@code ping IFNAME HOST}; null: the way LINA's routes
     * say): 1 when the name does not resolve or the interface has no route to it, else what {@link #probe} says.
     */
    public int run(String nameif, String host, PrintStream out, PrintStream err) {
        String address = address(host, err);
        if (address == null) {
            return 1;
        }
        printHeader(address, out);
        out.flush();
        Optional<IcmpAnswers> path = path(nameif, address);
        if (path.isEmpty()) {
            out.println("No route to host " + address);
            printNoRouteSummary(out);
            out.flush();
            return 1;
        }
        return probe(path.get(), address, out);
    }

    /** The lines before the first probe goes out. */
    abstract void printHeader(String address, PrintStream out);

    /** What follows "No route to host ADDRESS"; nothing unless the command sums its run up. */
    void printNoRouteSummary(PrintStream out) {
    }

    /** Sends the probes along {@code icmp}'s path and prints their answers; the command's exit status. */
    abstract int probe(IcmpAnswers icmp, String address, PrintStream out);

    /** Whether {@code nameif} names one of the lab's data interfaces (what {@code ping IFNAME HOST} takes). */
    public static boolean knowsInterface(DeviceState state, String nameif) {
        return new DataRoutes(state.lab()).named(nameif).isPresent();
    }

    /**
     * The ICMP answers of the path to {@code address}: out of {@code nameif} when it is given (no fallback: the
     * interface was asked for), else by the data routes, else by the management interface; empty when the interface
     * named cannot reach the address (down, or the address is off its subnet and it carries no default route).
     */
    Optional<IcmpAnswers> path(String nameif, String address) {
        if (nameif != null) {
            LabFile.DataInterface data = routes.named(nameif).orElseThrow();
            return DataRoutes.reaches(data, address)
                    ? Optional.of(new IcmpAnswers(state, () -> DataRoutes.source(data))) : Optional.empty();
        }
        Optional<LabFile.DataInterface> egress = routes.egress(address);
        return Optional.of(egress.isPresent() ? new IcmpAnswers(state, () -> DataRoutes.source(egress.get()))
                : new IcmpAnswers(state));
    }

    /** The address, or null after printing LINA's error (or after Ctrl-C ended the lookup). */
    String address(String host, PrintStream err) {
        DeviceLookup.Resolved target = new DeviceLookup(state).resolveUnlessInterrupted(host);
        if (target == null) {
            return null;
        }
        if (!target.found()) {
            err.println(INVALID_HOSTNAME);
            return null;
        }
        return target.address();
    }
}
