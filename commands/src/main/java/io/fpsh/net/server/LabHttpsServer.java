package io.fpsh.net.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP/1.1 server, TLS or plain, on 127.0.0.1 and an ephemeral port, answering canned {@link HttpRoute}s with
 * the lab's TLS versions, cipher suites, client-certificate request and ALPN. One daemon thread accepts; each
 * connection is served on a daemon thread of its own (reused once idle); {@link #close()} ends all of them.
 */
public final class LabHttpsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LabHttpsServer.class);
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final HttpServerSpec spec;
    private final HttpResponseWriter writer;
    private final ServerSocket serverSocket;
    private final ThreadPoolExecutor workers;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private LabHttpsServer(HttpServerSpec spec, Supplier<Instant> clock) throws IOException {
        this.spec = spec;
        this.writer = new HttpResponseWriter(clock);
        this.serverSocket = bind(spec);
        int id = SERIAL.incrementAndGet();
        AtomicInteger workerCount = new AtomicInteger();
        // No cap: the devices of a served fleet share this server, and a cap turned their (N+1)th concurrent
        // handshake into a hang-up right after the Client hello (curl 35), a false TLS-HANGUP; a real server takes them
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> daemon(runnable, "lab-http-" + id + "-worker-" + workerCount.incrementAndGet()));
        this.acceptor = daemon(this::acceptLoop, "lab-http-" + id + "-" + serverSocket.getLocalPort());
        acceptor.start();
    }

    /** Starts a server; {@code clock} gives the instant for {@code Date} headers (the lab clock, not the wall clock). */
    public static LabHttpsServer start(HttpServerSpec spec, Supplier<Instant> clock) {
        if (spec == null || clock == null) {
            throw new IllegalArgumentException("a lab HTTP server needs a spec and a clock");
        }
        try {
            return new LabHttpsServer(spec, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the lab HTTP server on 127.0.0.1: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad TLS settings for the lab HTTP server: " + e.getMessage(), e);
        }
    }

    /** The TCP port on 127.0.0.1. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** The endpoint, {@code 127.0.0.1:port()}. */
    public InetSocketAddress endpoint() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    /** Whether the lab made this a TLS port (clients are meant to speak TLS to it), whatever its behaviour. */
    public boolean isTls() {
        return spec.tls() != null;
    }

    /** The requests read so far, in arrival order. */
    public List<ReceivedRequest> requests() {
        return new ArrayList<>(requests);
    }

    /** How many TCP connections were accepted so far. */
    public int connectionsAccepted() {
        return connections.get();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        open.forEach(LabHttpsServer::closeQuietly);
        workers.shutdownNow();
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ServerSocket bind(HttpServerSpec spec) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        TlsSettings tls = spec.tls();
        // Only ANSWER ever handshakes; the other behaviours act at the TCP level, so a plain socket gives the
        // exact effect (a bare FIN for CLOSE_IMMEDIATELY, not a TLS alert).
        if (tls == null || spec.behaviour() != HttpBehaviour.ANSWER) {
            return new ServerSocket(0, 50, loopback);
        }
        SSLServerSocket socket = (SSLServerSocket) tls.context().getServerSocketFactory().createServerSocket(0, 50, loopback);
        try {
            socket.setSSLParameters(parameters(tls, socket.getSSLParameters()));
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    /** The lab's TLS knobs applied over the JVM defaults; also set on every accepted socket so ALPN surely applies. */
    private static SSLParameters parameters(TlsSettings tls, SSLParameters parameters) {
        if (!tls.protocols().isEmpty()) {
            parameters.setProtocols(tls.protocols().toArray(new String[0]));
        }
        if (!tls.cipherSuites().isEmpty()) {
            parameters.setCipherSuites(tls.cipherSuites().toArray(new String[0]));
        }
        parameters.setWantClientAuth(tls.wantClientAuth());
        parameters.setApplicationProtocols(tls.applicationProtocols().toArray(new String[0]));
        return parameters;
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed) {
                    log.debug("lab HTTP accept failed", e);
                }
                continue;
            }
            connections.incrementAndGet();
            open.add(socket);
            if (closed) {
                closeQuietly(socket); // close() ran while we were accepting this one
            }
            dispatch(socket);
        }
    }

    private void dispatch(Socket socket) {
        switch (spec.behaviour()) {
            case ACCEPT_SILENT -> {
                // Held open and never read or written until close(): the client's read timeout decides.
            }
            case CLOSE_IMMEDIATELY -> {
                open.remove(socket);
                closeQuietly(socket);
            }
            case ANSWER, PLAIN_HTTP_ON_TLS_PORT -> {
                if (socket instanceof SSLSocket tls) {
                    tls.setSSLParameters(parameters(spec.tls(), tls.getSSLParameters()));
                }
                try {
                    workers.execute(new HttpConnection(socket, spec, writer, requests::add, () -> open.remove(socket)));
                } catch (RejectedExecutionException e) {
                    log.debug("lab HTTP server closed, dropping a connection");
                    open.remove(socket);
                    closeQuietly(socket);
                }
            }
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.debug("closing {} failed", closeable, e);
        }
    }
}
