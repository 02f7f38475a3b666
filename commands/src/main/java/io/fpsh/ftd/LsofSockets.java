package io.fpsh.ftd;

import java.util.List;

/** The internet sockets {@code lsof -n -P -i} lists, in its order (by process, then file descriptor). */
public record LsofSockets(List<Socket> sockets) {

    public LsofSockets {
        sockets = List.copyOf(sockets);
    }

    /**
     * One line, e.g. {@code connector 13277 www 19u IPv4 26077679 0t0 TCP 192.0.2.27:53426->198.51.100.246:443 (SYN_SENT)}:
     * the columns as printed, and the NAME column split into its two ends and the TCP state.
     *
     * @param fd        the FD column: the descriptor and its access mode, e.g. {@code 10u}
     * @param type      {@code IPv4} or {@code IPv6}
     * @param protocol  the NODE column: {@code TCP} or {@code UDP}
     * @param localEnd  the local end as printed, e.g. {@code 127.0.0.1:8989}, {@code *:22} or {@code localhost:8989}
     * @param remoteEnd the remote end as printed (after {@code ->}); null for a listener or an unconnected UDP socket
     * @param tcpState  {@code LISTEN}, {@code ESTABLISHED}, {@code SYN_SENT}...; null for UDP
     */
    public record Socket(String command, int pid, String user, String fd, String type, String device, String sizeOff,
                         String protocol, String localEnd, String remoteEnd, String tcpState) {}
}
