package io.fpsh.net.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * Relays bytes both ways between two connected sockets until either side is done, then closes both: the tunnel
 * of a CONNECT proxy, or the two legs of a TLS middlebox.
 */
final class TunnelPump {
    private static final int BUFFER = 16 * 1024;

    private TunnelPump() {}

    /** Copies {@code b}'s bytes to {@code a} on a new daemon thread, and {@code a}'s to {@code b} on this one. */
    static void relay(Socket a, Socket b, String name) {
        Thread back = new Thread(() -> copyThenClose(b, a), name + "-back");
        back.setDaemon(true);
        back.start();
        copyThenClose(a, b);
    }

    private static void copyThenClose(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side hung up or the lab is closing: the tunnel simply ends
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
