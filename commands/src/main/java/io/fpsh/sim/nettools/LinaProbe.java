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
