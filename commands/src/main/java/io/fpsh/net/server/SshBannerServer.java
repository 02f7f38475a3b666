package io.fpsh.net.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a client other than ssh meets on an sshd's port, on 127.0.0.1 and an ephemeral port: the identification
 * line at once, then, when the client's first line is not an SSH one (an HTTP request), OpenSSH's
 * {@code Protocol mismatch.} and the hang-up. No SSH is spoken beyond that.
 */
public final class SshBannerServer implements AutoCloseable {
    private static final int MAX_LINE = 256;

    private final String identification;
    private final ServerSocket serverSocket;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private SshBannerServer(String identification) throws IOException {
        this.identification = identification;
        this.serverSocket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "ssh-banner-" + serverSocket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server sending {@code identification} (e.g. {@code SSH-2.0-OpenSSH_7.4}) to every client. */
    public static SshBannerServer start(String identification) {
        try {
            return new SshBannerServer(identification);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the SSH banner server on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    public InetSocketAddress endpoint() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), serverSocket.getLocalPort());
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = serverSocket.accept();
                open.add(socket);
                Thread session = new Thread(() -> serve(socket), "ssh-banner-client");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                // closed, or one failed accept: the loop decides
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(10_000); // sshd's LoginGraceTime is longer; a client that says nothing is let go sooner
            OutputStream out = socket.getOutputStream();
            out.write((identification + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String first = firstLine(socket.getInputStream());
            if (!first.startsWith("SSH-")) {
                out.write("Protocol mismatch.\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException e) {
            // the client went away: nothing to tell anyone
        } finally {
            open.remove(socket);
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n' && line.length() < MAX_LINE; b = in.read()) {
            line.append((char) b);
        }
        return line.toString();
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
