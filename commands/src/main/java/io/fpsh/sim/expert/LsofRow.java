package io.fpsh.sim.expert;

/** One line of {@code lsof -i}, as data; {@link LsofRenderer} lays the rows out. */
record LsofRow(String command, int pid, String user, int fd, char access, String type, String device,
               String sizeOff, String node, String name) {

    /** lsof shows at most nine characters of the command name. */
    static final int COMMAND_MAX = 9;

    static LsofRow of(InetSocket socket, boolean numericHosts, boolean numericPorts) {
        String command = socket.program().length() > COMMAND_MAX
                ? socket.program().substring(0, COMMAND_MAX) : socket.program();
        String local = endpoint(socket.localName(), socket.localAddress(), socket.localPort(), socket.isIpv6(),
                numericHosts, numericPorts);
        String name;
        if (socket.remotePort() != 0) {
            name = local + "->" + endpoint(socket.remoteName(), socket.remoteAddress(), socket.remotePort(),
                    socket.isIpv6(), numericHosts, numericPorts);
        } else {
            name = local;
        }
        // lsof appends the TCP state in parentheses; UDP has none, which leaves a trailing blank
        name += socket.isTcp() ? " (" + socket.state() + ")" : " ";
        return new LsofRow(command, socket.pid(), socket.user(), socket.fd(), 'u', socket.isIpv6() ? "IPv6" : "IPv4",
                Long.toString(socket.device()), "0t0", socket.isTcp() ? "TCP" : "UDP", name);
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

    /** The FD column's number part. */
    String fdNumber() {
        return Integer.toString(fd);
    }
}
