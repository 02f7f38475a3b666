package io.fpsh.sim.expert;

import io.fpsh.ftd.LsofSockets;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** What {@code lsof -i} prints of the socket table, as data; {@link LsofRenderer} lays the rows out. */
public final class LsofRow {

    /** lsof shows at most nine characters of the command name. */
    static final int COMMAND_MAX = 9;

    private LsofRow() {}

    /** The rows for the sockets {@code shown} keeps, in lsof's order: by process, then by file descriptor. */
    public static LsofSockets listing(List<InetSocket> sockets, Predicate<InetSocket> shown, boolean numericHosts,
                                      boolean numericPorts) {
        return new LsofSockets(sockets.stream()
                .sorted(Comparator.comparingInt(InetSocket::pid).thenComparingInt(InetSocket::fd))
                .filter(shown)
                .map(socket -> of(socket, numericHosts, numericPorts))
                .toList());
    }

    static LsofSockets.Socket of(InetSocket socket, boolean numericHosts, boolean numericPorts) {
        String command = socket.program().length() > COMMAND_MAX
                ? socket.program().substring(0, COMMAND_MAX) : socket.program();
        String local = endpoint(socket.localName(), socket.localAddress(), socket.localPort(), socket.isIpv6(),
                numericHosts, numericPorts);
        String remote = socket.remotePort() == 0 ? null : endpoint(socket.remoteName(), socket.remoteAddress(),
                socket.remotePort(), socket.isIpv6(), numericHosts, numericPorts);
        return new LsofSockets.Socket(command, socket.pid(), socket.user(), socket.fd() + "u",
                socket.isIpv6() ? "IPv6" : "IPv4", Long.toString(socket.device()), "0t0", socket.isTcp() ? "TCP" : "UDP",
                local, remote, socket.isTcp() ? socket.state() : null);
    }

    /**
     * {@code host:port}: from lsof's resolved name when there is one, else numeric ({@code *} for the wildcard
     * address, brackets around IPv6).
     */
    private static String endpoint(String resolved, String address, int port, boolean ipv6, boolean numericHosts,
                                   boolean numericPorts) {
        String host = null;
        String service = null;
        if (resolved != null && resolved.lastIndexOf(':') > 0) {
            host = resolved.substring(0, resolved.lastIndexOf(':'));
            service = resolved.substring(resolved.lastIndexOf(':') + 1);
        }
        if (host == null || numericHosts) {
            boolean wildcard = address == null || address.equals("0.0.0.0") || address.equals("::");
            host = wildcard ? "*" : ipv6 ? "[" + address + "]" : address;
        }
        if (service == null || numericPorts) {
            service = Integer.toString(port);
        }
        return host + ":" + service;
    }
}
