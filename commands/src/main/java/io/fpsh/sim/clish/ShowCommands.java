package io.fpsh.sim.clish;

import io.fpsh.ftd.ShowManagersRenderer;
import io.fpsh.ftd.ShowNetworkRenderer;
import io.fpsh.ftd.ShowVersionRenderer;
import io.fpsh.ftd.SftunnelStatus;
import io.fpsh.ftd.SftunnelStatusRenderer;
import io.fpsh.sim.StateViews;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The {@code show ...} family, {@code sftunnel-status} and {@code sftunnel-status-brief}: read-only views of the state. */
final class ShowCommands {
    private static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ShowCommands() {}

    /**
     * The address of a manager the lab names by its host name (a cdFMC's), as the tunnel's peer is an address
     * [UNVERIFIED: C2's samples have their addresses stripped]; an address, or a name the lab does not know, as is.
     */
    private static String address(io.fpsh.sim.DeviceState state, String host) {
        return state.lab().network().hosts().stream().filter(h -> h.name().equalsIgnoreCase(host))
                .map(h -> h.addresses().get(0)).findFirst().orElse(host);
    }

    static void register(Map<String, ClishCommand> commands) {
        commands.put("show version", (command, session, io) -> {
            io.out().print(ShowVersionRenderer.render(StateViews.version(session.state())));
            return 0;
        });
        commands.put("show network", (command, session, io) -> {
            String layout = session.state().lab().device().showNetworkLayout();
            io.out().print(new ShowNetworkRenderer(layout).render(StateViews.network(session.state())));
            return 0;
        });
        commands.put("show managers", (command, session, io) -> {
            io.out().print(ShowManagersRenderer.render(StateViews.managers(session.state()).managers()));
            return 0;
        });
        commands.put("show network-dhcp-server", (command, session, io) -> {
            io.out().println("DHCP Server Disabled");
            return 0;
        });
        commands.put("sftunnel-status", (command, session, io) -> {
            io.out().print(SftunnelStatusRenderer.render(StateViews.sftunnel(session.state())));
            return 0;
        });
        commands.put("sftunnel-status-brief", (command, session, io) -> {
            SftunnelStatus tunnel = StateViews.sftunnel(session.state());
            String nic = tunnel.interfaceName();
            String peer = tunnel.peers().isEmpty() ? "" : address(session.state(), tunnel.peers().get(0).host());
            String since = CTIME.format(tunnel.started()) + " UTC";
            io.out().println("Peer channel Channel-A is valid type (CONTROL), using '" + nic + "', connected to '" + peer
                    + "' via '" + tunnel.address() + "'");
            io.out().println("Peer channel Channel-B is valid type (EVENT), using '" + nic + "', connected to '" + peer
                    + "' via '" + tunnel.address() + "'");
            io.out().println("Registration: Completed.");
            io.out().println("IPv4 Connection to peer '" + peer + "' Start Time: " + since);
            // the heartbeats of the last exchange, seconds ago (C2's sample: received 8 s after sent)
            java.time.Instant now = session.state().clock().now();
            io.out().println("Heartbeat Send Time: " + CTIME.format(now.minusSeconds(12)) + " UTC");
            io.out().println("Heartbeat Received Time: " + CTIME.format(now.minusSeconds(4)) + " UTC");
            return 0;
        });
    }
}
