package io.fpsh.sim.expert;

import io.fpsh.ftd.UnixSockets;

/** net-tools netstat's fixed-width lines (the widths of net-tools 2.x, trailing blanks included). */
final class NetstatRenderer {

    static final String INET_HEADER_NO_PROGRAM =
            "Proto Recv-Q Send-Q Local Address           Foreign Address         State      ";
    static final String INET_HEADER = INET_HEADER_NO_PROGRAM + " PID/Program name    ";
    static final String UNIX_HEADER_NO_PROGRAM =
            "Proto RefCnt Flags       Type       State         I-Node   Path";
    static final String UNIX_HEADER =
            "Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path";

    /** net-tools prints pid/program into a 20-byte buffer: at most 19 characters. */
    private static final int PROGRAM_MAX = 19;

    private NetstatRenderer() {}

    /** {@code program} is null without {@code -p}, {@code "-"} when the owner may not be shown. */
    static String inet(InetSocket s, String program) {
        String line = String.format("%-5s %6d %6d %-23s %-23s %-11s", s.proto(), s.recvQ(), s.sendQ(),
                endpoint(s.localAddress(), s.localPort(), s.isIpv6()),
                endpoint(s.remoteAddress(), s.remotePort(), s.isIpv6()), s.state());
        return program == null ? line : line + String.format(" %-20s", program);
    }

    /** {@code programColumn} with {@code -p}: the owner, or {@code -} where the row has none. */
    static String unix(UnixSockets.Socket s, boolean programColumn) {
        String flags = s.flags().isEmpty() ? "[ ]" : "[ " + String.join(" ", s.flags()) + " ]";
        String line = String.format("%-5s %-6d %-11s %-10s %-13s %-8d ", "unix", s.refCount(), flags, s.type(),
                s.state() == null ? "" : s.state(), s.inode());
        String path = s.path() == null ? "" : s.path();
        if (!programColumn) {
            return line + path;
        }
        return line + String.format("%-20s ", s.pid() == null ? "-" : s.pid() + "/" + s.program()) + path;
    }

    /** {@code 7741/EventHandler}, cut as net-tools cuts it. */
    static String program(int pid, String name) {
        if (pid <= 0) {
            return "-";
        }
        String text = pid + "/" + name;
        return text.length() > PROGRAM_MAX ? text.substring(0, PROGRAM_MAX) : text;
    }

    private static String endpoint(String address, int port, boolean ipv6) {
        String shownAddress = address == null || address.isEmpty() ? (ipv6 ? "::" : "0.0.0.0") : address;
        return shownAddress + ":" + (port == 0 ? "*" : Integer.toString(port));
    }
}
