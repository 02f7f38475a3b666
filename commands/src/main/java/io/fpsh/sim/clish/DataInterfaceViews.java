package io.fpsh.sim.clish;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;

import java.util.List;
import java.util.Locale;

/**
 * {@code show interface} and {@code show interface ip brief} at {@code >} and in the diagnostic CLI: the lab's data
 * interfaces (issue 11 §1), then the diagnostic interface ({@link DeviceViews}). [UNVERIFIED: the layouts are an
 * ASA's, shortened, as the diagnostic interface's; the hardware line and the MACs (the management MAC's last byte
 * counted up) are invented.]
 */
public final class DataInterfaceViews {
    private DataInterfaceViews() {}

    public static String interfaces(DeviceState state) {
        StringBuilder out = new StringBuilder();
        List<LabFile.DataInterface> data = state.lab().dataInterfaces();
        for (int i = 0; i < data.size(); i++) {
            LabFile.DataInterface one = data.get(i);
            String status = one.isUp() ? "up" : "down";
            out.append("Interface ").append(one.name()).append(" \"").append(one.nameif()).append("\", is ").append(status)
                    .append(", line protocol is ").append(status).append('\n')
                    .append("  Hardware is en_vtun rev00, BW 1000 Mbps, DLY 10 usec\n")
                    .append("\tAuto-Duplex(Full-duplex), Auto-Speed(1000 Mbps)\n")
                    .append("\tInput flow control is unsupported, output flow control is unsupported\n")
                    .append("\tMAC address ").append(mac(state, i + 1)).append(", MTU 1500\n")
                    .append("\tIP address ").append(one.address()).append(", subnet mask ").append(one.netmask()).append('\n');
        }
        return out + DeviceViews.interfaces(state);
    }

    public static String interfacesBrief(DeviceState state) {
        String row = "%-27s%-16s%-4s%-7s%-22s%s%n";
        StringBuilder rows = new StringBuilder();
        for (LabFile.DataInterface one : state.lab().dataInterfaces()) {
            String status = one.isUp() ? "up" : "down";
            rows.append(String.format(Locale.ROOT, row, one.name(), one.address(), "YES", "manual", status, status));
        }
        String brief = DeviceViews.interfacesBrief(state);
        int header = brief.indexOf('\n') + 1;
        return (brief.substring(0, header) + rows + brief.substring(header)).replace("\r\n", "\n");
    }

    /** The management MAC with its last byte moved on by {@code offset}, in Cisco's dotted form. */
    private static String mac(DeviceState state, int offset) {
        String colons = state.hardware().mac() == null ? "00:50:56:00:00:01" : state.hardware().mac();
        String hex = colons.replace(":", "").toLowerCase(Locale.ROOT);
        long value = (Long.parseLong(hex, 16) & ~0xffL) | ((Long.parseLong(hex.substring(10), 16) + offset) & 0xff);
        String moved = String.format(Locale.ROOT, "%012x", value);
        return moved.substring(0, 4) + "." + moved.substring(4, 8) + "." + moved.substring(8, 12);
    }
}
