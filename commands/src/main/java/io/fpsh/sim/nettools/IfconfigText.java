package io.fpsh.sim.nettools;

import java.util.Locale;

/**
 * net-tools 2.10's {@code ifconfig} block for one interface, as the real one here prints it (IfconfigDifferentialTest).
 * [UNVERIFIED] which net-tools the FTD's Linux ships; this is the current layout, not 1.60's "Link encap:" one.
 */
final class IfconfigText {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private IfconfigText() {}

    static String loopback(InterfaceCounters counters) {
        return "lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n"
                + "        inet 127.0.0.1  netmask 255.0.0.0\n"
                + "        loop  txqueuelen 1000  (Local Loopback)\n"
                + counterLines(counters) + "\n";
    }

    static String ethernet(ManagementRoutes.Interface eth, InterfaceCounters counters) {
        String flags = eth.up() ? "4163<UP,BROADCAST,RUNNING,MULTICAST>" : "4099<UP,BROADCAST,MULTICAST>";
        return eth.name() + ": flags=" + flags + "  mtu " + eth.mtu() + "\n"
                + "        inet " + eth.address() + "  netmask " + eth.netmask() + "  broadcast " + eth.broadcast() + "\n"
                + "        ether " + eth.mac() + "  txqueuelen 1000  (Ethernet)\n"
                + counterLines(counters) + "\n";
    }

    private static String counterLines(InterfaceCounters c) {
        return "        RX packets " + c.rxPackets() + "  bytes " + c.rxBytes() + " (" + scaled(c.rxBytes()) + ")\n"
                + "        RX errors 0  dropped " + c.rxDropped() + "  overruns 0  frame 0\n"
                + "        TX packets " + c.txPackets() + "  bytes " + c.txBytes() + " (" + scaled(c.txBytes()) + ")\n"
                + "        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n";
    }

    /** net-tools' print_bytes_scaled: whole part and one truncated decimal, in powers of 1024. */
    static String scaled(long bytes) {
        long whole = bytes;
        long tenth = 0;
        int unit = 0;
        while (whole > 1024 && unit < UNITS.length - 1) {
            tenth = whole % 1024 * 10 / 1024;
            whole /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%d.%d %s", whole, tenth, UNITS[unit]);
    }
}
