package io.fpsh.ftd;

import java.util.List;

/** The unix domain sockets {@code netstat -anx} lists, in its order. */
public record UnixSockets(List<Socket> sockets) {

    public UnixSockets {
        sockets = List.copyOf(sockets);
    }

    /**
     * One {@code unix} line, e.g.
     * {@code unix  2      [ ACC ]     STREAM     LISTENING     382276   7741/EventHandler    /ngfw/var/sf/run/EventHandler_SSEConnector.sock}.
     *
     * @param flags   the words between the brackets: {@code [ACC]} for a listening socket, empty for {@code [ ]}
     * @param state   {@code LISTENING}, {@code CONNECTED}...; null where netstat prints none (an unconnected datagram socket)
     * @param pid     from the PID/Program column ({@code -p}); null without it or where netstat shows {@code -}
     * @param program the program name as printed there (net-tools cuts {@code pid/name} at 19 characters); null likewise
     * @param path    the socket's path as printed; null for an unnamed socket
     */
    public record Socket(int refCount, List<String> flags, String type, String state, long inode, Integer pid,
                         String program, String path) {

        public Socket {
            flags = List.copyOf(flags);
        }
    }
}
