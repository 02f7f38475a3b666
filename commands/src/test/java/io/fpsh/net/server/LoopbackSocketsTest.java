package io.fpsh.net.server;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every lab server's side of a connection sends each write at once (TCP_NODELAY), as real servers do: else a JSSE
 * handshake flight written in pieces waits for the client's delayed ACK (40 ms on Linux) on every request.
 */
class LoopbackSocketsTest {

    @Test
    void theHttpServersConnectionsSendAtOnce() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(listening.getInetAddress(), listening.getLocalPort());
             Socket accepted = listening.accept()) {
            HttpServerSpec spec = HttpServerSpec.plain(List.of(HttpRoute.text("GET", "/", 200, "OK", "text/plain", "up")), null);
            Thread serving = new Thread(new HttpConnection(accepted, spec, new HttpResponseWriter(java.time.Instant::now),
                    request -> { }, () -> { }));
            serving.setDaemon(true);
            serving.start();
            client.getOutputStream().write("GET / HTTP/1.1\r\nHost: lab\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(readUntilBody(client.getInputStream(), "up").startsWith("HTTP/1.1 200 OK"));
            // the connection is kept alive: the server's socket is still open to look at
            assertTrue(accepted.getTcpNoDelay(), "TCP_NODELAY on the lab HTTP server's side");
        }
    }

    @Test
    void theProxysAndMiddleboxsConnectionsSendAtOnce() throws Exception {
        CompletableFuture<Boolean> noDelay = new CompletableFuture<>();
        ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        try (LoopbackAcceptor acceptor = new LoopbackAcceptor(listening, "test", socket -> {
                 try {
                     noDelay.complete(socket.getTcpNoDelay());
                 } catch (Exception e) {
                     noDelay.completeExceptionally(e);
                 }
             });
             Socket client = new Socket(listening.getInetAddress(), listening.getLocalPort())) {
            assertEquals(true, noDelay.get(10, TimeUnit.SECONDS), "TCP_NODELAY on the accepted side");
        }
    }

    private static String readUntilBody(InputStream in, String body) throws Exception {
        StringBuilder seen = new StringBuilder();
        int b;
        while (!seen.toString().endsWith(body) && (b = in.read()) >= 0) {
            seen.append((char) b);
        }
        return seen.toString();
    }
}
