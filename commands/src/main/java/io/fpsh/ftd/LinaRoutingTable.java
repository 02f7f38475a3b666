package io.fpsh.ftd;

import java.util.List;

/**
 * LINA's routing table of the data interfaces, as {@code show route} lists it at {@code >}.
 *
 * @param lastResort the default route's gateway, or {@code null} when there is none ("is not set")
 */
public record LinaRoutingTable(String lastResort, List<Route> routes) {
    public LinaRoutingTable {
        routes = List.copyOf(routes);
    }

    /**
     * One entry. {@code code} is the route's code as printed ({@code C}, {@code L}, {@code S}, {@code S*}, {@code O
     * E2}...); {@code nextHops} is empty for a connected or local route, and holds more than one gateway for equal-cost
     * paths.
     */
    public record Route(String code, String network, String netmask, List<NextHop> nextHops, String nameif) {
        public Route {
            nextHops = List.copyOf(nextHops);
        }

        /** A route to a directly connected subnet or to one of the device's own addresses. */
        public static Route connected(String code, String network, String netmask, String nameif) {
            return new Route(code, network, netmask, List.of(), nameif);
        }

        public boolean isConnected() {
            return nextHops.isEmpty();
        }
    }

    /** A gateway with the route's administrative distance and metric, the {@code [1/0]} before {@code via}. */
    public record NextHop(int distance, int metric, String gateway) {}
}
