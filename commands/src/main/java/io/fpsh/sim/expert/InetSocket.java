package io.fpsh.sim.expert;

/**
 * A TCP or UDP socket, as netstat shows it (numeric) and as lsof shows it (host and service names).
 *
 * @param proto         {@code tcp}, {@code tcp6}, {@code udp} or {@code udp6}
 * @param localAddress  numeric, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param remoteAddress numeric, {@code 0.0.0.0} with port 0 for a listener (netstat prints {@code 0.0.0.0:*})
 * @param state         {@code LISTEN}, {@code ESTABLISHED}, {@code SYN_SENT}, {@code TIME_WAIT}..., empty for UDP
 * @param pid           0 when the owner is unknown
 * @param program       the process's short name, e.g. {@code connector}
 * @param fd            the file descriptor lsof prints ({@code 10u})
 * @param device        lsof's DEVICE column (the socket inode)
 * @param localName     lsof's name of the local end, e.g. {@code localhost:8989}; null to print it numerically
 * @param remoteName    lsof's name of the remote end, e.g.
 *                      {@code ec2-35-172-147-246.compute-1.amazonaws.com:https}; null to print it numerically
 */
public record InetSocket(String proto, int recvQ, int sendQ, String localAddress, int localPort,
                         String remoteAddress, int remotePort, String state, int pid, String program, String user,
                         int fd, long device, String localName, String remoteName) {

    /** A TCP listener on {@code address:port}. */
    public static InetSocket tcpListen(String address, int port, int pid, String program, String user, int fd,
                                       long device, String localName) {
        return new InetSocket("tcp", 0, 0, address, port, "0.0.0.0", 0, "LISTEN", pid, program, user, fd, device,
                localName, null);
    }

    /** An outgoing TCP connection in {@code state} (ESTABLISHED, SYN_SENT...). */
    public static InetSocket tcpConnection(String localAddress, int localPort, String remoteAddress, int remotePort,
                                           String state, int pid, String program, String user, int fd, long device,
                                           String localName, String remoteName) {
        return new InetSocket("tcp", 0, 0, localAddress, localPort, remoteAddress, remotePort, state, pid, program,
                user, fd, device, localName, remoteName);
    }

    public boolean isTcp() {
        return proto.startsWith("tcp");
    }

    public boolean isIpv6() {
        return proto.endsWith("6");
    }

    public boolean isListening() {
        return state.equals("LISTEN") || (!isTcp() && remotePort == 0);
    }
}
