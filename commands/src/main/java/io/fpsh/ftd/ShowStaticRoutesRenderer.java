package io.fpsh.ftd;

import java.util.List;

/**
 * {@code show network-static-routes}: nothing without routes; else one header and a block per route.
 * [UNVERIFIED, firepower-cli-facts.md 1.7: no sample found; the facts expect Interface / Destination / Gateway /
 * Netmask blocks under an {@code [ IPv4 Static Routes ]} header in {@code show network}'s style.]
 */
public final class ShowStaticRoutesRenderer {
    private ShowStaticRoutesRenderer() {}

    public static String render(List<StaticRoute> routes) {
        if (routes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(CliText.header('-', "IPv4 Static Routes")).append('\n');
        for (int i = 0; i < routes.size(); i++) {
            StaticRoute route = routes.get(i);
            if (i > 0) {
                out.append('\n');
            }
            out.append(CliText.field("Interface", route.interfaceName())).append('\n');
            out.append(CliText.field("Destination", route.destination())).append('\n');
            out.append(CliText.field("Gateway", route.gateway())).append('\n');
            out.append(CliText.field("Netmask", route.netmask())).append('\n');
        }
        return out.toString();
    }
}
