package io.fpsh.net.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A TLS-inspecting middlebox for one server, on 127.0.0.1: it ends the client's TLS under its own certificate,
 * opens its own TLS session to the real server (checking that server's chain as an inspecting proxy does), and
 * relays the cleartext between the two. A client that refuses the middlebox's certificate never reaches the server.
 */
public final class LabTlsInterceptor implements AutoCloseable {
    /** A client that never finishes its handshake does not hold a thread for ever. */
    private static final int HANDSHAKE_TIMEOUT_MS = 30_000;
    private final Supplier<Socket> upstream;
    private final SSLContext upstreamTls;
    private final String serverName;
    private final LoopbackAcceptor acceptor;

    private LabTlsInterceptor(TlsSettings face, String serverName, Supplier<Socket> upstream, SSLContext upstreamTls) throws IOException {
        SSLServerSocket serverSocket = (SSLServerSocket) face.context().getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        if (!face.protocols().isEmpty()) {
            serverSocket.setEnabledProtocols(face.protocols().toArray(new String[0]));
        }
        if (!face.cipherSuites().isEmpty()) {
            serverSocket.setEnabledCipherSuites(face.cipherSuites().toArray(new String[0]));
        }
        this.serverName = serverName;
        this.upstream = upstream;
        this.upstreamTls = upstreamTls;
        this.acceptor = new LoopbackAcceptor(serverSocket, "lab-tls-inspection", client -> serve((SSLSocket) client));
    }

    /**
     * A middlebox showing {@code face} to clients of {@code serverName}; {@code upstream} gives a fresh TCP
     * connection to the real server, on which it speaks TLS with {@code upstreamTls}.
     */
    public static LabTlsInterceptor start(TlsSettings face, String serverName, Supplier<Socket> upstream, SSLContext upstreamTls) {
        try {
            return new LabTlsInterceptor(face, serverName, upstream, upstreamTls);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the lab TLS middlebox on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    public InetSocketAddress endpoint() {
        return acceptor.endpoint();
    }

    private void serve(SSLSocket client) {
        Socket server = null;
        try {
            client.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
            client.startHandshake(); // a client refusing the certificate ends here, as it would at a real middlebox
            client.setSoTimeout(0);
            Socket tcp = upstream.get();
            server = upstreamTls.getSocketFactory().createSocket(tcp, serverName, tcp.getPort(), true);
            acceptor.track(server);
            ((SSLSocket) server).startHandshake();
            TunnelPump.relay(client, server, "lab-tls-inspection-relay");
        } catch (IOException | UncheckedIOException e) {
            // either leg failed: the client sees its connection close
        } finally {
            if (server != null) {
                acceptor.untrack(server);
                TunnelPump.closeQuietly(server);
            }
        }
    }

    @Override
    public void close() {
        acceptor.close();
    }
}
