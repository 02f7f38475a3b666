package io.fpsh.teach;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.network.PathChanges;

import java.util.List;
import java.util.Objects;

/**
 * {@code :net}: the path between a lab device and the Internet as its owners would describe it, the stand-ins' rules
 * first (a firewall's first matching rule wins, and an allow is added above the drops), then what the lab planted.
 */
public final class PathText {
    private PathText() {}

    public static String of(LabFile lab, PathChanges changes) {
        StringBuilder out = new StringBuilder("Firewall on the path (first match wins):\n");
        int rules = 0;
        for (PathChanges.Allow rule : changes.allowed()) {
            out.append("  allows  ").append(rule.host()).append(" port ").append(rule.port()).append("   (:net allow)\n");
            rules++;
        }
        for (LabFile.Host host : Objects.requireNonNullElse(lab.network().hosts(), List.<LabFile.Host>of())) {
            String verb = switch (host.tcp443OrDefault()) {
                case "drop" -> "drops   ";
                case "reject" -> "rejects ";
                default -> null;
            };
            if (verb != null) {
                out.append("  ").append(verb).append(host.name()).append(" port 443 (")
                        .append(String.join(", ", host.addresses())).append(")\n");
                rules++;
            }
        }
        if (lab.clock().deviceSkewDays() != null && lab.clock().deviceSkewDays() != 0) {
            // a skewed lab's clock is one whose NTP servers the path drops (DeviceState)
            for (LabFile.NtpServer server : io.fpsh.sim.DeviceState.ntpServersOf(lab)) {
                out.append("  drops   ").append(server.address()).append(" port ").append(io.fpsh.sim.DeviceState.NTP_PORT)
                        .append(" (NTP)\n");
                rules++;
            }
        }
        if (rules == 0) {
            out.append("  lets everything through\n");
        }
        LabFile.TlsInspection inspection = lab.network().tlsInspection();
        if (inspection == null) {
            return out.append("No proxy inspects TLS on the path.\n").toString();
        }
        out.append("TLS-inspecting proxy: re-signs every HTTPS session with its own CA (").append(inspection.subject())
                .append(")\n");
        for (String host : changes.exempted()) {
            out.append("  except  ").append(host).append("   (:net exempt)\n");
        }
        return out.toString();
    }
}
