package io.fpsh.sim.nettools;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;

import java.util.Locale;

/**
 * The management interface and its routes as the Linux side sees them, from the same data {@code show network}
 * renders (the state's IPv4 settings, the lab's interface name, MAC and MTU): {@code ip addr}, {@code ip route}
 * and {@code route -n} print it. The loopback is every Linux's.
 */
final class ManagementRoutes {
    record Interface(String name, String mac, int mtu, boolean up, String address, int prefix, String broadcast,
                     String network, String netmask, String gateway) {}

    private ManagementRoutes() {}

    static Interface of(DeviceState state) {
        LabFile.Management management = state.lab().management();
        DeviceState.Ipv4 ipv4 = state.ipv4();
        int mask = toInt(ipv4.netmask());
        int address = toInt(ipv4.address());
        return new Interface(management.interfaceName(), management.mac().toLowerCase(Locale.ROOT), management.mtu(),
                !"Down".equalsIgnoreCase(management.link()), ipv4.address(), Integer.bitCount(mask),
                dotted(address | ~mask), dotted(address & mask), ipv4.netmask(), ipv4.gateway());
    }

    /** {@code ip addr}: iproute2's layout. */
    static String ipAddr(Interface eth) {
        String state = eth.up() ? "UP" : "DOWN";
        String flags = eth.up() ? "<BROADCAST,MULTICAST,UP,LOWER_UP>" : "<NO-CARRIER,BROADCAST,MULTICAST,UP>";
        return "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n"
                + "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n"
                + "    inet 127.0.0.1/8 scope host lo\n"
                + "       valid_lft forever preferred_lft forever\n"
                + "2: " + eth.name() + ": " + flags + " mtu " + eth.mtu() + " qdisc mq state " + state + " group default qlen 1000\n"
                + "    link/ether " + eth.mac() + " brd ff:ff:ff:ff:ff:ff\n"
                + "    inet " + eth.address() + "/" + eth.prefix() + " brd " + eth.broadcast() + " scope global " + eth.name() + "\n"
                + "       valid_lft forever preferred_lft forever\n";
    }

    /** {@code ip route}: the default route, then the connected subnet. */
    static String ipRoute(Interface eth) {
        return (eth.gateway() == null || eth.gateway().isBlank() ? "" : "default via " + eth.gateway() + " dev " + eth.name() + " \n")
                + eth.network() + "/" + eth.prefix() + " dev " + eth.name() + " proto kernel scope link src " + eth.address() + " \n";
    }

    /** {@code route -n}: net-tools' table. */
    static String routeN(Interface eth, boolean numeric) {
        StringBuilder text = new StringBuilder("Kernel IP routing table\n");
        text.append(row("Destination", "Gateway", "Genmask", "Flags", "Metric", "Ref", "Use", "Iface"));
        if (eth.gateway() != null && !eth.gateway().isBlank()) {
            text.append(row(numeric ? "0.0.0.0" : "default", eth.gateway(), "0.0.0.0", "UG", "0", "0", "0", eth.name()));
        }
        text.append(row(eth.network(), numeric ? "0.0.0.0" : "*", eth.netmask(), "U", "0", "0", "0", eth.name()));
        return text.toString();
    }

    private static String row(String destination, String gateway, String genmask, String flags, String metric, String ref,
                              String use, String iface) {
        return String.format(Locale.ROOT, "%-15s %-15s %-15s %-5s %-6s %-3s %6s %s%n", destination, gateway, genmask, flags,
                metric, ref, use, iface);
    }

    private static int toInt(String dotted) {
        int value = 0;
        for (String part : dotted.split("\\.")) {
            value = value << 8 | Integer.parseInt(part);
        }
        return value;
    }

    private static String dotted(int value) {
        return (value >>> 24) + "." + (value >>> 16 & 0xFF) + "." + (value >>> 8 & 0xFF) + "." + (value & 0xFF);
    }
}
