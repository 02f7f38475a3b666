package io.fpsh.tools.curl;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

/** Lets the transfer see each TLS socket just before its handshake (trace lines, ALPN result, CA file errors). */
final class TracingSslSocketFactory extends SSLSocketFactory {

    interface TlsStart {
        void starting(SSLSocket socket) throws IOException;
    }

    private final SSLSocketFactory delegate;
    private final TlsStart listener;

    TracingSslSocketFactory(SSLSocketFactory delegate, TlsStart listener) {
        this.delegate = delegate;
        this.listener = listener;
    }

    @Override public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        SSLSocket socket = (SSLSocket) delegate.createSocket(s, host, port, autoClose);
        listener.starting(socket);
        return socket;
    }

    @Override public String[] getDefaultCipherSuites() { return delegate.getDefaultCipherSuites(); }
    @Override public String[] getSupportedCipherSuites() { return delegate.getSupportedCipherSuites(); }

    @Override public Socket createSocket(String host, int port) throws IOException {
        throw new IOException("direct TLS sockets are not used");
    }

    @Override public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        throw new IOException("direct TLS sockets are not used");
    }

    @Override public Socket createSocket(InetAddress host, int port) throws IOException {
        throw new IOException("direct TLS sockets are not used");
    }

    @Override public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        throw new IOException("direct TLS sockets are not used");
    }
}
