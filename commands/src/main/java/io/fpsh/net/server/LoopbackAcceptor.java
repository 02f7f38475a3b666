package io.fpsh.net.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The accepting half of a small lab server on 127.0.0.1: each client is served on a daemon thread of its own and
 * closed after, and {@link #close()} closes the server socket, every client and every upstream socket the server
 * {@link #track tracks}, so nothing outlives the lab.
 */
final class LoopbackAcceptor implements AutoCloseable {
    private final ServerSocket serverSocket;
    private final ExecutorService workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Starts accepting on {@code serverSocket} (bound to the loopback), serving each client with {@code serve}. */
    LoopbackAcceptor(ServerSocket serverSocket, String threadName, Consumer<Socket> serve) {
        this.serverSocket = serverSocket;
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName + "-" + serverSocket.getLocalPort());
            thread.setDaemon(true);
            return thread;
        });
        workers.execute(() -> acceptLoop(serve));
    }

    InetSocketAddress endpoint() {
        return new InetSocketAddress(serverSocket.getInetAddress(), serverSocket.getLocalPort());
    }

    /** Closes {@code socket} (a connection the server opened itself) with the server, unless it is untracked first. */
    void track(Socket socket) {
        open.add(socket);
    }

    void untrack(Socket socket) {
        open.remove(socket);
    }

    private void acceptLoop(Consumer<Socket> serve) {
        while (!closed) {
            Socket client;
            try {
                client = serverSocket.accept();
            } catch (IOException e) {
                continue; // closing, or a client that went away while being accepted
            }
            try {
                LoopbackSockets.sendingAtOnce(client);
                open.add(client);
                workers.execute(() -> {
                    try {
                        serve.accept(client);
                    } finally {
                        open.remove(client);
                        TunnelPump.closeQuietly(client);
                    }
                });
            } catch (IOException | RejectedExecutionException e) {
                // a client that went away before it could be set up, or the server closing: not left open
                open.remove(client);
                TunnelPump.closeQuietly(client);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            // already closed
        }
        open.forEach(TunnelPump::closeQuietly);
        workers.shutdownNow();
    }
}
