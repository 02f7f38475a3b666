package io.fpsh.ftd;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text of {@code sftunnel-status}: the daemon's start and interfaces, then per peer a RUN STATUS block (its two
 * channels, registration, connection start) and an RPC STATUS block, then the route check. No full sample of this
 * command is in the facts file: the layout follows public samples of 6.x output as remembered, with keys, ciphers,
 * certificate paths and message counters left out [UNVERIFIED]. {@code sftunnel-status-brief} is the short form.
 */
public final class SftunnelStatusRenderer {
    /** ctime(3), as the daemon prints times: the day of month padded to two columns with a blank. */
    private static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String CIPHER = "\tCipher used = AES256-GCM-SHA384 (strength:256 bits)\n";

    private SftunnelStatusRenderer() {}

    public static String render(SftunnelStatus status) {
        StringBuilder text = new StringBuilder("\n");
        text.append("SFTUNNEL Start Time: ").append(CTIME.format(status.started())).append("\n\n");
        text.append("\tBoth IPv4 and IPv6 connectivity is supported\n");
        text.append("\tBroadcast count = ").append(status.peers().size()).append('\n');
        text.append("\tReserved SSL connections: 0\n");
        text.append("\tManagement Interfaces: 1\n");
        text.append('\t').append(status.interfaceName()).append(" (control events) ").append(status.address()).append(",\n\n");
        text.append("***********************\n\n");
        for (SftunnelStatus.Peer peer : status.peers()) {
            runStatus(text, status, peer);
            rpcStatus(text, peer);
        }
        text.append("Check routes:\n");
        text.append("No peers to check\n");
        return text.toString();
    }

    private static void runStatus(StringBuilder text, SftunnelStatus status, SftunnelStatus.Peer peer) {
        text.append("**RUN STATUS****").append(peer.host()).append("*************\n");
        for (String channel : new String[] {"ChannelA", "ChannelB"}) {
            if (peer.connected()) {
                text.append(CIPHER);
                text.append('\t').append(channel).append(" Connected: Yes, Interface ").append(status.interfaceName()).append('\n');
            } else {
                text.append('\t').append(channel).append(" Not Connected\n");
            }
        }
        text.append("\tRegistration: ").append(peer.registration()).append(".\n");
        if (peer.connected()) {
            text.append("\tIPv4 Connection to peer '").append(peer.host()).append("' Start Time: ")
                    .append(CTIME.format(peer.connectedSince())).append(" UTC\n");
        }
        text.append('\n');
    }

    private static void rpcStatus(StringBuilder text, SftunnelStatus.Peer peer) {
        text.append("**RPC STATUS****").append(peer.host()).append("*************\n");
        text.append("\t'ipv4' => '").append(peer.host()).append("',\n");
        text.append("\t'ipv6' => 'IPv6 is not configured for management',\n");
        text.append("\t'name' => '").append(peer.host()).append("',\n");
        text.append("\t'active' => ").append(peer.connected() ? 1 : 0).append(",\n");
        text.append("\t'last_changed' => '").append(CTIME.format(peer.connectedSince())).append("'\n");
    }
}
