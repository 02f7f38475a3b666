package io.fpsh.net.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lab proxy on the wire: credentials, tunnels, and Squid's refusals. */
@Timeout(10)
class LabConnectProxyTest {
    private ServerSocket echo;
    private LabConnectProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread server = new Thread(() -> {
            try {
                while (true) {
                    Socket s = echo.accept();
                    s.getOutputStream().write(s.getInputStream().read());
                    s.close();
                }
            } catch (IOException e) {
                // closed
            }
        });
        server.setDaemon(true);
        server.start();
        proxy = LabConnectProxy.start("fpsh", "s3cret", (host, port) -> {
            if (!host.equals("echo.lab")) {
                throw new UnknownHostException(host);
            }
            return new Socket(InetAddress.getLoopbackAddress(), echo.getLocalPort());
        });
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void connectWithoutCredentialsGets407() throws IOException {
        String answer = exchange("CONNECT echo.lab:443 HTTP/1.1\r\nHost: echo.lab:443\r\n\r\n", null);
        assertTrue(answer.startsWith("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"proxy\""), answer);
        assertEquals(0, proxy.tunnels().size());
    }

    @Test
    void wrongPasswordGets407() throws IOException {
        String answer = exchange(connect("echo.lab:443", "fpsh:wrong"), null);
        assertTrue(answer.startsWith("HTTP/1.1 407 "), answer);
    }

    @Test
    void rightCredentialsOpenATunnel() throws IOException {
        String answer = exchange(connect("echo.lab:443", "fpsh:s3cret"), "x");
        assertEquals("HTTP/1.1 200 Connection established\r\n\r\nx", answer);
        assertEquals(java.util.List.of("echo.lab:443"), proxy.tunnels());
    }

    @Test
    void unknownNameGets503() throws IOException {
        assertTrue(exchange(connect("nowhere.lab:443", "fpsh:s3cret"), null).startsWith("HTTP/1.1 503 Service Unavailable\r\n"));
    }

    @Test
    void plainRequestsAreNotForwarded() throws IOException {
        assertTrue(exchange("GET http://echo.lab/ HTTP/1.1\r\nHost: echo.lab\r\n\r\n", null).startsWith("HTTP/1.1 501 "));
    }

    private static String connect(String authority, String credentials) {
        return "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\nProxy-Authorization: Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)) + "\r\n\r\n";
    }

    /** Sends {@code request} (then {@code payload} through the tunnel) and reads everything until the proxy closes. */
    private String exchange(String request, String payload) throws IOException {
        try (Socket socket = new Socket(proxy.endpoint().getAddress(), proxy.endpoint().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            if (payload != null) {
                out.write(payload.getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            StringBuilder text = new StringBuilder();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            for (int c; (c = in.read()) >= 0; ) {
                text.append((char) c);
            }
            return text.toString();
        }
    }
}
