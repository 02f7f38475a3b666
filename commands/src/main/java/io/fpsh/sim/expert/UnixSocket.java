package io.fpsh.sim.expert;

import io.fpsh.ftd.UnixSockets;

import java.util.List;

/**
 * A unix domain socket as {@code netstat -anlp} shows it, e.g.
 * {@code unix  2      [ ACC ]     STREAM     LISTENING     382276   7741/EventHandler    /ngfw/var/sf/run/EventHandler_SSEConnector.sock}.
 *
 * @param accepting true for a listening socket ({@code [ ACC ]}), false for {@code [ ]}
 * @param type      {@code STREAM} or {@code DGRAM}
 * @param state     {@code LISTENING}, {@code CONNECTED}, or empty
 * @param pid       0 when the owner is unknown (netstat prints {@code -})
 * @param path      empty for an unnamed socket
 */
public record UnixSocket(int refCount, boolean accepting, String type, String state, long inode, int pid,
                         String program, String user, String path) {

    public static UnixSocket listening(long inode, int pid, String program, String user, String path) {
        return new UnixSocket(2, true, "STREAM", "LISTENING", inode, pid, program, user, path);
    }

    /**
     * What {@code netstat -anx} prints of this socket, as data; {@code ownerShown} when the PID/Program column
     * ({@code -p}) names the owner rather than {@code -} (net-tools cuts {@code pid/name} at 19 characters).
     */
    public UnixSockets.Socket row(boolean ownerShown) {
        boolean owner = ownerShown && pid > 0;
        String shown = owner ? NetstatRenderer.program(pid, program) : null;
        return new UnixSockets.Socket(refCount, accepting ? List.of("ACC") : List.of(), type,
                state.isEmpty() ? null : state, inode, owner ? pid : null,
                owner ? shown.substring(shown.indexOf('/') + 1) : null, path.isEmpty() ? null : path);
    }

    public static UnixSocket connected(long inode, int pid, String program, String user, String path) {
        return new UnixSocket(3, false, "STREAM", "CONNECTED", inode, pid, program, user, path);
    }
}
