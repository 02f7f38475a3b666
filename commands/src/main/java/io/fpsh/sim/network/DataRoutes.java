package io.fpsh.sim.network;

import io.fpsh.ftd.LinaRoutingTable;
import io.fpsh.lab.LabFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LINA's routing table over the lab's data interfaces: each interface that is up reaches its own subnet, and the
 * one with a {@code gateway} carries the data default route. A down interface's routes leave the table. LINA's
 * ping and traceroute take the interface found here; where none is found they fall back to the management
 * interface's table, as from-the-device traffic does [SRC Cisco, "Static and Default Routes for Firepower Threat
 * Defense": separate data and management routing tables; from-the-device traffic "will fall back to the other
 * routing table if a route is not found"].
 */
public final class DataRoutes {
    private final List<LabFile.DataInterface> interfaces;

    public DataRoutes(LabFile lab) {
        this.interfaces = lab.dataInterfaces();
    }

    /** Whether the lab models data interfaces at all (without, LINA's probes take the management path). */
    public boolean any() {
        return !interfaces.isEmpty();
    }

    /** The data interface named {@code nameif}, if the lab has it. */
    public Optional<LabFile.DataInterface> named(String nameif) {
        return interfaces.stream().filter(i -> i.nameif().equals(nameif)).findFirst();
    }

    /** The interface LINA sends to {@code address} by: a connected subnet first, then the data default route. */
    public Optional<LabFile.DataInterface> egress(String address) {
        Optional<LabFile.DataInterface> connected = interfaces.stream()
                .filter(i -> i.isUp() && sameSubnet(i, address)).findFirst();
        return connected.isPresent() ? connected
                : interfaces.stream().filter(i -> i.isUp() && i.gateway() != null).findFirst();
    }

    /**
     * The table {@code show route} lists: the default route by the interface with a gateway, then each interface's
     * subnet (C) and own address (L); an interface that is down has none. [UNVERIFIED: the order; the 7.4.2.4 sample
     * (ShowRouteRenderer) keeps each C beside its L, its default route first.]
     */
    public LinaRoutingTable table() {
        List<LinaRoutingTable.Route> routes = new ArrayList<>();
        String lastResort = null;
        for (LabFile.DataInterface data : interfaces) {
            if (data.isUp() && data.gateway() != null && lastResort == null) {
                lastResort = data.gateway();
                routes.add(new LinaRoutingTable.Route("S*", "0.0.0.0", "0.0.0.0",
                        List.of(new LinaRoutingTable.NextHop(1, 0, data.gateway())), data.nameif()));
            }
        }
        for (LabFile.DataInterface data : interfaces) {
            if (data.isUp()) {
                String network = toDotted(toInt(data.address()) & toInt(data.netmask()));
                routes.add(LinaRoutingTable.Route.connected("C", network, data.netmask(), data.nameif()));
                routes.add(LinaRoutingTable.Route.connected("L", data.address(), "255.255.255.255", data.nameif()));
            }
        }
        return new LinaRoutingTable(lastResort, routes);
    }

    /** Whether {@code address} can leave by {@code data}: it is up, and the address is on its subnet or its route's. */
    public static boolean reaches(LabFile.DataInterface data, String address) {
        return data.isUp() && (sameSubnet(data, address) || data.gateway() != null);
    }

    /** The echoes' source on {@code data}: its address, netmask, and gateway when it carries the default route. */
    public static IcmpAnswers.Source source(LabFile.DataInterface data) {
        return new IcmpAnswers.Source(data.address(), data.netmask(), data.gateway());
    }

    static boolean sameSubnet(LabFile.DataInterface data, String address) {
        int mask = toInt(data.netmask());
        return (toInt(address) & mask) == (toInt(data.address()) & mask);
    }

    private static String toDotted(int value) {
        return (value >>> 24) + "." + (value >>> 16 & 0xff) + "." + (value >>> 8 & 0xff) + "." + (value & 0xff);
    }

    private static int toInt(String dotted) {
        int value = 0;
        for (String part : dotted.split("\\.")) {
            value = value << 8 | Integer.parseInt(part);
        }
        return value;
    }
}
