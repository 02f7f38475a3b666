package io.fpsh.tools.curl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback TCP server that reads the request head and then answers with whatever its {@link Reply} writes:
 * garbage, endless headers, a huge generated body. Each connection gets its own daemon thread.
 */
final class HostileHttpServer implements AutoCloseable {

    interface Reply {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;

    HostileHttpServer(Reply reply) throws IOException {
        socket = new ServerSocket(0, 50, CurlTestLab.ip("127.0.0.1"));
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket client = socket.accept();
                    Thread worker = new Thread(() -> serve(client, reply), "hostile-http-conn");
                    worker.setDaemon(true);
                    worker.start();
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "hostile-http-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() { return socket.getLocalPort(); }

    InetSocketAddress endpoint() { return new InetSocketAddress(CurlTestLab.ip("127.0.0.1"), port()); }

    private static void serve(Socket client, Reply reply) {
        try (client) {
            readRequestHead(client.getInputStream());
            reply.write(client.getOutputStream());
            client.getOutputStream().flush();
        } catch (IOException | InterruptedException e) {
            // the client gave up first: that is what these tests provoke
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        int b;
        while (matched < end.length && (b = in.read()) != -1) matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }

    /** An HTTP/1.1 200 head announcing {@code length} bytes, then that many zero bytes in 64 KiB writes, each followed by a pause. */
    static Reply generatedBody(long length, long pauseMillisPer64k) {
        return out -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            for (long sent = 0; sent < length; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, length - sent));
                if (pauseMillisPer64k > 0) Thread.sleep(pauseMillisPer64k);
            }
        };
    }

    /** A status line and then header lines forever, never the blank line that ends them. */
    static Reply endlessHeaders() {
        return out -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = ("X-Forever: " + "a".repeat(100) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) out.write(line);
        };
    }

    static Reply raw(byte[] bytes) {
        return out -> out.write(bytes);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
