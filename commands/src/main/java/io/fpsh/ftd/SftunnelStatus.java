package io.fpsh.ftd;

import java.time.Instant;
import java.util.List;

/**
 * What {@code sftunnel-status} reports: when the tunnel daemon started, the management interface it listens on, and
 * each manager (peer) with its registration and whether its two channels are up.
 */
public record SftunnelStatus(Instant started, String interfaceName, String address, List<Peer> peers) {

    /** One manager: {@code registration} as {@code show managers} prints it; up when its channels are connected. */
    public record Peer(String host, String registration, boolean connected, Instant connectedSince) {}
}
