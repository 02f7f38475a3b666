package io.fpsh.net.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

/**
 * The lab's TCP sockets send each write at once (TCP_NODELAY), as real web servers, proxies and curl do. Without
 * it a JSSE server writes its handshake flight in several small writes, Nagle holds the later ones until the
 * client acknowledges the first, and Linux delays that acknowledgement by 40 ms: every lab HTTPS request paid it.
 */
public final class LoopbackSockets {
    private LoopbackSockets() {}

    /** {@code socket}, set to send each write at once. */
    public static Socket sendingAtOnce(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    /** A connection to a lab server (a proxy's or middlebox's upstream leg), sending each write at once. */
    public static Socket connect(InetAddress address, int port) throws IOException {
        Socket socket = new Socket(address, port);
        try {
            return sendingAtOnce(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
