package io.fpsh.sim.clish;

import io.fpsh.ftd.ShowManagersRenderer;
import io.fpsh.ftd.ShowNetworkRenderer;
import io.fpsh.ftd.ShowVersionRenderer;
import io.fpsh.ftd.SftunnelStatus;
import io.fpsh.ftd.SftunnelStatusRenderer;
import io.fpsh.device.DeviceIo;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.StateViews;

import java.time.Instant;
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
            io.out().print(new ShowNetworkRenderer(StateViews.showNetworkLayout(session.state()))
                    .render(StateViews.network(session.state())));
            return 0;
        });
        commands.put("show managers", (command, session, io) -> {
            io.out().print(ShowManagersRenderer.render(StateViews.managers(session.state()).managers()));
            return 0;
        });
        // 7.4 and later (the grammar's 7.4+ line, facts 1.4, C1): a new 7.4 device has the diagnostic interface merged
        // into management (Cisco doc 222873). [UNVERIFIED] the wording: no sample of this command's output is sourced.
        commands.put("show management-interface convergence", (command, session, io) -> {
            io.out().println("Management and Diagnostic interfaces are merged.");
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
            if (tunnel.peers().isEmpty()) {
                return 0; // [UNVERIFIED] a device without a manager: no peer to report
            }
            SftunnelStatus.Peer first = tunnel.peers().get(0);
            if (!first.connected()) {
                printDown(tunnel, first, session.state(), io);
                return 0;
            }
            String nic = tunnel.interfaceName();
            String peer = address(session.state(), first.host());
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

    /**
     * The brief form of a tunnel that is down, as the facts' sample (C2) has it: the last attempt, and for a peer
     * once registered its last disconnect. [UNVERIFIED: a peer whose registration is still pending has no sample;
     * it gets no disconnect lines here.]
     */
    private static void printDown(SftunnelStatus tunnel, SftunnelStatus.Peer peer, DeviceState state, DeviceIo io) {
        Instant now = state.clock().now();
        // the tunnel went down when its daemon was last stopped (pmtool DisableById), else when it last started
        Instant down = state.switchesOf(DeviceState.SFTUNNEL).stream().filter(s -> !s.enabled())
                .map(DeviceState.DaemonSwitch::at).reduce((a, b) -> b).orElse(tunnel.started());
        io.out().println("Registration: " + peer.registration() + ".");
        io.out().println("Connection to peer '" + peer.host() + "' Attempted at " + CTIME.format(now.minusSeconds(now.getEpochSecond() % 60)) + " UTC");
        if ("Completed".equalsIgnoreCase(peer.registration())) {
            io.out().println("Last disconnect time : " + CTIME.format(down) + " UTC");
            io.out().println("Last disconnect reason : Both control and event channel connections with peer went down");
        }
    }
}
