package io.fpsh.ftd;

import java.util.Locale;

/**
 * {@code show route} at {@code >}: LINA's routing table in an ASA's form. [SRC-FIXTURE a capture from a Firepower
 * 4215 running FTD 7.4.2.4, https://github.com/ChartinoLabs/Muninn/tree/main/tests/parsers/cisco_ftd/show_route/001_basic
 * (the legend of 8 lines with InterVRF codes, the gateway line, the 9-column code field, {@code [d/m] via GW, IF} and
 * {@code is directly connected, IF}); SRC the command at the FTD CLI on FTDv 7.2.5: Cisco TAC doc 222145, "Configure
 * manager access ... from a Management to a Data interface" ("check that the default route (S*) was added ... >
 * show route"); SRC-FIXTURE a static route has no age column: https://github.com/networktocode/ntc-templates
 * tests/cisco_asa/show_route (ASA captures).] [UNVERIFIED: the output begins with an empty line in the 7.4.2.4
 * capture, kept here; the legend of 7.2 is taken to be 7.4's; a long entry wraps its second half onto an indented
 * line on the device, by a rule not worked out: never here.]
 */
public final class ShowRouteRenderer {
    static final String LEGEND = """
            Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP
                   D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area\s
                   N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2
                   E1 - OSPF external type 1, E2 - OSPF external type 2, V - VPN
                   i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2
                   ia - IS-IS inter area, * - candidate default, U - per-user static route
                   o - ODR, P - periodic downloaded static route, + - replicated route
                   SI - Static InterVRF, BI - BGP InterVRF
            """;

    private ShowRouteRenderer() {}

    public static String render(LinaRoutingTable table) {
        StringBuilder out = new StringBuilder("\n").append(LEGEND);
        out.append(table.lastResort() == null ? "Gateway of last resort is not set\n"
                : "Gateway of last resort is " + table.lastResort() + " to network 0.0.0.0\n");
        out.append('\n');
        for (LinaRoutingTable.Route route : table.routes()) {
            String head = String.format(Locale.ROOT, "%-9s%s %s ", route.code(), route.network(), route.netmask());
            if (route.isConnected()) {
                out.append(head).append("is directly connected, ").append(route.nameif()).append('\n');
                continue;
            }
            // equal-cost paths: each further gateway under the first one's bracket
            String indent = " ".repeat(head.length());
            for (int i = 0; i < route.nextHops().size(); i++) {
                LinaRoutingTable.NextHop hop = route.nextHops().get(i);
                out.append(i == 0 ? head : indent).append('[').append(hop.distance()).append('/').append(hop.metric())
                        .append("] via ").append(hop.gateway()).append(", ").append(route.nameif()).append('\n');
            }
        }
        return out.toString();
    }
}
