package io.fpsh.sim.clish;

import io.fpsh.ftd.ShowDiskRenderer;
import io.fpsh.ftd.ShowManagersRenderer;
import io.fpsh.ftd.ShowNetworkRenderer;
import io.fpsh.ftd.ShowNtpRenderer;
import io.fpsh.ftd.ShowStaticRoutesRenderer;
import io.fpsh.ftd.ShowVersionRenderer;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.StateViews;
import io.fpsh.sim.lina.RunningConfig;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The text of the read-only {@code show} commands added for issue 11, each rendered from the device state, so
 * {@code show tech-support} and {@code system generate-troubleshoot} reuse the very same views.
 */
final class DeviceViews {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private DeviceViews() {}

    /**
     * {@code show time}. [UNVERIFIED, firepower-cli-facts.md 1.13: "UTC and local time lines (e.g. {@code UTC -
     * <date>} / {@code Localtime - <date>})"; the date as date(1) prints it. The lab has no time zone: local is UTC.]
     */
    static String time(DeviceState state) {
        String now = DATE.format(state.clock().now());
        return "UTC - " + now + "\nLocaltime - " + now + "\n";
    }

    static String ntp(DeviceState state) {
        return ShowNtpRenderer.render(StateViews.ntp(state));
    }

    static String disk(DeviceState state) {
        return ShowDiskRenderer.render(StateViews.disk(state));
    }

    static String staticRoutes(DeviceState state) {
        return ShowStaticRoutesRenderer.render(state.staticRoutes());
    }

    /**
     * {@code show failover} on a standalone device. [UNVERIFIED: the command exists (facts 1.4); these are the
     * first lines an ASA without failover prints, the FTD's LINA being an ASA.]
     */
    static String failover() {
        return """
                Failover Off
                Failover unit Primary
                Failover LAN Interface: not Configured
                Reconnect timeout 0:00:00
                Poll frequency 1 seconds, holdtime 15 seconds
                Interface Poll frequency 5 seconds, holdtime 25 seconds
                Interface Policy 1
                """;
    }

    /**
     * {@code show interface}: LINA's view of the diagnostic interface, the only one a lab models (data interfaces
     * are FMC's). [UNVERIFIED: the command exists (facts 1.4, C1); the layout is an ASA's, shortened; the name is
     * Management0/0 on virtual and ASA models, Management1/1 on the FPR1k/2k whose management is management0.]
     */
    static String interfaces(DeviceState state) {
        String mac = ciscoMac(state.hardware().mac());
        return "Interface " + diagnosticName(state) + " \"diagnostic\", is up, line protocol is up\n"
                + "  Hardware is en_vtun rev00, BW 1000 Mbps, DLY 10 usec\n"
                + "\tAuto-Duplex(Full-duplex), Auto-Speed(1000 Mbps)\n"
                + "\tInput flow control is unsupported, output flow control is unsupported\n"
                + "\tMAC address " + mac + ", MTU 1500\n"
                + "\tIP address unassigned\n"
                + "\tManagement-only interface. Blocked 0 through-the-device packets\n";
    }

    /**
     * {@code show interface ip brief}, 7.4 and later (facts 1.4, C1). [UNVERIFIED: the columns are an ASA's.]
     */
    static String interfacesBrief(DeviceState state) {
        String row = "%-27s%-16s%-4s%-7s%-22s%s%n";
        return (String.format(Locale.ROOT, row, "Interface", "IP-Address", "OK?", "Method", "Status", "Protocol")
                + String.format(Locale.ROOT, row, diagnosticName(state), "unassigned", "YES", "unset", "up", "up"))
                .replace("\r\n", "\n");
    }

    static boolean atLeast(DeviceState state, int major, int minor) {
        String[] parts = state.lab().device().version().split("\\.");
        int have = Integer.parseInt(parts[0]) * 1000 + (parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
        return have >= major * 1000 + minor;
    }

    private static String diagnosticName(DeviceState state) {
        return "management0".equals(state.lab().management().interfaceName()) ? "Management1/1" : "Management0/0";
    }

    /** 00:50:56:B3:9D:A5 as Cisco writes it: 0050.56b3.9da5. */
    private static String ciscoMac(String mac) {
        String hex = (mac == null ? "00:50:56:00:00:01" : mac).replace(":", "").toLowerCase(Locale.ROOT);
        return hex.substring(0, 4) + "." + hex.substring(4, 8) + "." + hex.substring(8, 12);
    }

    /**
     * The sections of {@code show tech-support}, in order, each the output of one command: the report opens with
     * the version block (facts 1.5, C1). [UNVERIFIED: what follows on a real box, and the section headers.]
     */
    static Map<String, String> techSupport(DeviceState state) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("show version", ShowVersionRenderer.render(StateViews.version(state)));
        sections.put("show time", time(state));
        sections.put("show network", new ShowNetworkRenderer(StateViews.showNetworkLayout(state))
                .render(StateViews.network(state)));
        sections.put("show network-static-routes", staticRoutes(state));
        sections.put("show managers", ShowManagersRenderer.render(StateViews.managers(state).managers()));
        sections.put("show ntp", ntp(state));
        sections.put("show disk", disk(state));
        sections.put("show failover", failover());
        sections.put("show interface", DataInterfaceViews.interfaces(state));
        sections.put("show running-config", RunningConfig.of(state));
        return sections;
    }

    /** The whole report: the version block first, as on the box, then each section under its command's header. */
    static String techSupportReport(DeviceState state) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Map.Entry<String, String> section : techSupport(state).entrySet()) {
            if (!first) {
                out.append('\n').append(io.fpsh.ftd.CliText.header('-', section.getKey())).append('\n');
            }
            out.append(section.getValue());
            first = false;
        }
        return out.toString();
    }
}
