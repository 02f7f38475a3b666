package io.fpsh.tools.curl;

import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.VirtualNetwork.TcpRoute;

import javax.net.SocketFactory;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Sockets whose connect() asks the {@link VirtualNetwork} where a virtual address really leads: a loopback
 * server, a black hole (wait out curl's connect timeout or the kernel's SYN retries, whichever ends first), a
 * refusal or a router's "no route to host". OkHttp only ever uses the no-argument
 * createSocket() followed by connect(address, timeout).
 */
final class VirtualSocketFactory extends SocketFactory {

    private final VirtualNetwork network;
    private final TcpEvents events;

    VirtualSocketFactory(VirtualNetwork network, TcpEvents events) {
        this.network = network;
        this.events = events;
    }

    @Override public Socket createSocket() { return new VirtualSocket(); }

    @Override public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress target) throws IOException {
        Socket socket = new VirtualSocket();
        socket.connect(target);
        return socket;
    }

    private final class VirtualSocket extends Socket {
        /** Released by close(), so a cancelled transfer stops waiting on a dropped SYN at once. */
        private final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public void connect(SocketAddress endpoint, int requestedTimeoutMillis) throws IOException {
            if (!(endpoint instanceof InetSocketAddress target) || target.isUnresolved()) {
                throw new SocketException("unresolved address " + endpoint);
            }
            int timeoutMillis = events.connectTimeout(target, requestedTimeoutMillis);
            int pause = events.pauseBeforeConnect();
            if (pause > 0) waitOrClose(pause);
            int leftMillis = timeoutMillis <= 0 ? 0 : Math.max(1, timeoutMillis - pause);
            events.connectStarted(target);
            TcpRoute route = network.tcp(target.getAddress(), target.getPort());
            if (route instanceof TcpRoute.Reach reach) {
                try {
                    super.connect(reach.endpoint(), leftMillis);
                    // curl sets TCP_NODELAY (7.50.2 on); for 7.44 it stands for OpenSSL writing each handshake
                    // flight at once where JSSE writes several: without it a write waits for a delayed ACK
                    setTcpNoDelay(true);
                } catch (SocketTimeoutException e) {
                    events.timedOut(target, timeoutMillis);
                    throw e;
                } catch (ConnectException e) {
                    // a real kernel's ETIMEDOUT (the local target) is no refusal
                    if (String.valueOf(e.getMessage()).contains("timed out")) events.synGaveUp(target);
                    else events.refused(target);
                    throw e;
                }
                events.connected(target);
            } else if (route instanceof TcpRoute.Reject) {
                events.refused(target);
                throw new ConnectException("Connection refused");
            } else if (route instanceof TcpRoute.Unreachable) {
                events.unreachable(target);
                throw new NoRouteToHostException("No route to host");
            } else {
                long kernelMillis = network.synRetries().giveUpAfter().toMillis();
                if (leftMillis <= 0 || kernelMillis < leftMillis) {
                    waitOrClose(kernelMillis);
                    events.synGaveUp(target);
                    throw new ConnectException("Connection timed out");
                }
                waitOrClose(leftMillis);
                events.timedOut(target, timeoutMillis);
                throw new SocketTimeoutException("Connect timed out");
            }
        }

        /** Waits {@code millis} on the lab's clock (real time), unless the socket is closed first (Ctrl-C, -m). */
        private void waitOrClose(long millis) throws IOException {
            try {
                boolean wasClosed = closed.await(millis, TimeUnit.MILLISECONDS);
                if (wasClosed) throw new SocketException("Socket closed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SocketException("Socket closed");
            }
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) events.received(1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) events.received(n);
                    return n;
                }
            };
        }

        @Override
        public synchronized void close() throws IOException {
            closed.countDown();
            super.close();
        }
    }
}
