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

/**
 * What a client other than ssh meets on an sshd's port, on 127.0.0.1 and an ephemeral port: the identification
 * line at once, then, when the client's first line is not an SSH one (an HTTP request), OpenSSH's
 * {@code Protocol mismatch.} and the hang-up. No SSH is spoken beyond that.
 */
public final class SshBannerServer implements AutoCloseable {
    private static final int MAX_LINE = 256;

    private final String identification;
    private final LoopbackAcceptor acceptor;

    private SshBannerServer(String identification) throws IOException {
        this.identification = identification;
        this.acceptor = new LoopbackAcceptor(new ServerSocket(0, 16, InetAddress.getLoopbackAddress()), "ssh-banner", this::serve);
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
        return acceptor.endpoint();
    }

    private void serve(Socket socket) {
        try {
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
        acceptor.close();
    }
}
