package io.fpsh.net.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.testkind.RealTool;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import okhttp3.Handshake;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

class LabHttpsServerTest {

    private static final String TLS12_SUITE = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
    private static final HttpRoute FORBIDDEN = new HttpRoute(null, "/", 403, "Forbidden", List.of(
            new Header("Date", HttpRoute.DATE),
            new Header("Content-Type", "text/plain; charset=utf-8"),
            new Header("Content-Length", HttpRoute.LENGTH),
            new Header("X-Content-Type-Options", "nosniff")), "Forbidden".getBytes(StandardCharsets.US_ASCII));

    private final AtomicReference<Instant> labClock = new AtomicReference<>(TestLabs.NOW);
    private final List<LabHttpsServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(LabHttpsServer::close);
    }

    private LabHttpsServer start(HttpServerSpec spec) {
        LabHttpsServer server = LabHttpsServer.start(spec, labClock::get);
        servers.add(server);
        return server;
    }

    private static TlsSettings guideTls(boolean sendRoot) {
        return new TlsSettings(TestLabs.ciscoPki().serverContext("api-sse", sendRoot), List.of("TLSv1.2"), List.of(TLS12_SUITE),
                true, List.of("http/1.1"));
    }

    private static HttpServerSpec guideServer() {
        return HttpServerSpec.https(guideTls(false), List.of(
                HttpRoute.text("GET", "/health", 200, "OK", "text/plain", "up"),
                HttpRoute.text("POST", "/api/*", 201, "Created", "application/json", "{}")), FORBIDDEN);
    }

    private static OkHttpClient client(Duration readTimeout) {
        LabPki pki = TestLabs.ciscoPki();
        return new OkHttpClient.Builder()
                .sslSocketFactory(pki.clientContext().getSocketFactory(), pki.trustManager())
                .dns(host -> List.of(InetAddress.getLoopbackAddress())) // only ever 127.0.0.1
                .protocols(List.of(Protocol.HTTP_1_1))
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(readTimeout)
                .build();
    }

    private static String url(LabHttpsServer server, String path) {
        return (server.isTls() ? "https" : "http") + "://api-sse.cisco.com:" + server.port() + path;
    }

    @Test
    void okHttpGetsTheExactForbiddenAnswerOverTls12() throws Exception {
        LabHttpsServer server = start(guideServer());
        try (Response response = client(Duration.ofSeconds(5)).newCall(new Request.Builder().url(url(server, "/")).build()).execute()) {
            assertEquals(403, response.code());
            assertEquals("Forbidden", response.message());
            assertEquals("Forbidden", response.body().string());
            assertEquals(List.of("Date", "Content-Type", "Content-Length", "X-Content-Type-Options"), headerNames(response));
            assertEquals("Fri, 14 Mar 2025 09:26:53 GMT", response.header("Date"));
            assertEquals("9", response.header("Content-Length"));
            Handshake handshake = response.handshake();
            assertEquals("TLS_1_2", handshake.tlsVersion().name());
            assertEquals(TLS12_SUITE, handshake.cipherSuite().javaName());
        }
        assertEquals(2, certificatesSent(server), "leaf + intermediate, no root");
        try (Response response = client(Duration.ofSeconds(5)).newCall(new Request.Builder().url(url(server, "/")).build()).execute()) {
            assertEquals("Forbidden", response.body().string());
        }
        assertEquals("GET", server.requests().get(0).method());
        assertEquals("api-sse.cisco.com:" + server.port(), server.requests().get(0).header("Host").orElseThrow());
    }

    /** The chain length on the wire (OkHttp's Handshake shows its cleaned chain, which always ends at the root). */
    private static int certificatesSent(LabHttpsServer server) throws IOException {
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) TestLabs.ciscoPki().clientContext().getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(3000);
            socket.startHandshake();
            return socket.getSession().getPeerCertificates().length;
        }
    }

    private static List<String> headerNames(Response response) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < response.headers().size(); i++) {
            names.add(response.headers().name(i));
        }
        return names;
    }

    @Test
    void keepsConnectionsAliveAndFollowsTheLabClock() throws Exception {
        LabHttpsServer server = start(guideServer());
        OkHttpClient client = client(Duration.ofSeconds(5));
        for (int i = 0; i < 3; i++) {
            labClock.set(TestLabs.NOW.plusSeconds(i));
            try (Response response = client.newCall(new Request.Builder().url(url(server, "/health?x=" + i)).build()).execute()) {
                assertEquals("up", response.body().string());
                assertEquals("Fri, 14 Mar 2025 09:26:5" + (3 + i) + " GMT", response.header("Date"));
            }
        }
        assertEquals(1, server.connectionsAccepted());
        try (Response response = client.newCall(new Request.Builder().url(url(server, "/health")).header("Connection", "close").build()).execute()) {
            assertEquals(200, response.code());
            response.body().string();
        }
        try (Response response = client.newCall(new Request.Builder().url(url(server, "/health")).build()).execute()) {
            assertEquals(200, response.code());
        }
        assertEquals(2, server.connectionsAccepted());
    }

    @Test
    void servesTheRootWhenTheLabSaysSo() throws Exception {
        LabHttpsServer server = start(HttpServerSpec.https(guideTls(true), List.of(), FORBIDDEN));
        assertEquals(3, certificatesSent(server));
    }

    @RealTool
    @Test
    void theRealCurlSeesTheGuidesHandshakeAndAnswer() throws Exception {
        LabHttpsServer server = start(guideServer());
        Path ca = TestLabs.writeTemp("ca", TestLabs.ciscoPki().caBundlePem());
        TestLabs.Run curl = TestLabs.run(Duration.ofSeconds(8), "curl", "-sv", "--max-time", "5", "--cacert", ca.toString(),
                "--resolve", "api-sse.cisco.com:" + server.port() + ":127.0.0.1", "https://api-sse.cisco.com:" + server.port() + "/");
        String trace = curl.stderr();
        assertEquals(0, curl.exit(), trace);
        assertEquals("Forbidden", curl.stdout());
        assertTrue(trace.contains("SSL connection using TLSv1.2 / ECDHE-RSA-AES128-GCM-SHA256"), trace);
        assertTrue(trace.contains("TLS handshake, Request CERT (13)"), trace);
        assertTrue(trace.contains("ALPN: server accepted http/1.1"), trace);
        assertTrue(trace.contains("subject: C=US; ST=California; L=San Jose; O=Cisco Systems, Inc.; CN=api-sse.cisco.com"), trace);
        assertTrue(trace.contains("issuer: C=US; O=HydrantID (Avalanche Cloud Corporation); CN=HydrantID SSL ICA G2"), trace);
        assertTrue(trace.contains("SSL certificate verify ok."), trace);
        assertTrue(trace.contains("< HTTP/1.1 403 Forbidden"), trace);
        assertTrue(trace.contains("< Date: Fri, 14 Mar 2025 09:26:53 GMT"), trace);
        assertTrue(trace.contains("< Content-Length: 9"), trace);
    }

    @RealTool
    @Test
    void silentServersTimeClientsOut() throws Exception {
        LabHttpsServer server = start(guideServer().withBehaviour(HttpBehaviour.ACCEPT_SILENT));
        long started = System.nanoTime();
        assertThrows(SocketTimeoutException.class, () ->
                client(Duration.ofMillis(400)).newCall(new Request.Builder().url(url(server, "/")).build()).execute());
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 350);
        assertEquals(1, server.connectionsAccepted());
        TestLabs.Run curl = curl(server, "--max-time", "1");
        assertEquals(28, curl.exit(), curl.stderr());
        // curl counts the TLS handshake as part of connecting, so a silent TLS port reads as a connect timeout.
        assertTrue(curl.stderr().contains("Connection timed out after"), curl.stderr());
    }

    @RealTool
    @Test
    void closingServersHangUpOnClients() throws Exception {
        LabHttpsServer server = start(guideServer().withBehaviour(HttpBehaviour.CLOSE_IMMEDIATELY));
        OkHttpClient client = client(Duration.ofSeconds(2)).newBuilder().retryOnConnectionFailure(false).build();
        IOException failure = assertThrows(IOException.class, () -> client.newCall(new Request.Builder().url(url(server, "/")).build()).execute());
        assertTrue(failure instanceof SSLException, failure.toString());
        assertEquals(1, server.connectionsAccepted());
        assertTrue(server.requests().isEmpty());
        TestLabs.Run curl = curl(server, "--max-time", "3");
        assertEquals(35, curl.exit(), curl.stderr());
        assertTrue(curl.stderr().contains("SSL_ERROR_SYSCALL"), curl.stderr());
    }

    private static TestLabs.Run curl(LabHttpsServer server, String... options) throws Exception {
        Path ca = TestLabs.writeTemp("ca", TestLabs.ciscoPki().caBundlePem());
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--cacert", ca.toString(),
                "--resolve", "api-sse.cisco.com:" + server.port() + ":127.0.0.1"));
        command.addAll(List.of(options));
        command.add("https://api-sse.cisco.com:" + server.port() + "/");
        return TestLabs.run(Duration.ofSeconds(8), command.toArray(new String[0]));
    }

    @RealTool
    @Test
    void plainHttpOnTheTlsPortBreaksTheHandshake() throws Exception {
        LabHttpsServer server = start(guideServer().withBehaviour(HttpBehaviour.PLAIN_HTTP_ON_TLS_PORT));
        assertTrue(server.isTls());
        TestLabs.Run curl = curl(server, "--max-time", "3");
        assertEquals(35, curl.exit(), curl.stderr());
        assertTrue(curl.stderr().contains("wrong version number"), curl.stderr());
        // The same port answers a plain HTTP client normally.
        TestLabs.Run plain = TestLabs.run(Duration.ofSeconds(8), "curl", "-s", "--max-time", "3", "http://127.0.0.1:" + server.port() + "/health");
        assertEquals("up", plain.stdout());
    }

    @Test
    void rawHttpBadRequestsHeadAndChunkedBodies() throws Exception {
        LabHttpsServer server = start(HttpServerSpec.plain(guideServer().routes(), FORBIDDEN));
        assertEquals("HTTP/1.1 400 Bad Request", exchange(server, "\u0016\u0003\u0001junk").lines().findFirst().orElse(""));
        assertEquals("HTTP/1.1 400 Bad Request", exchange(server, "GARBAGE\r\n\r\n").lines().findFirst().orElse(""));

        String head = exchange(server, "HEAD /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 200 OK\r\n"), head);
        assertTrue(head.endsWith("Content-Length: 2\r\n\r\n"), head);

        String post = exchange(server, "POST /api/v1/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "4\r\nabcd\r\n3\r\nefg\r\n0\r\n\r\n");
        assertTrue(post.startsWith("HTTP/1.1 201 Created\r\n"), post);
        ReceivedRequest recorded = server.requests().get(server.requests().size() - 1);
        assertArrayEquals("abcdefg".getBytes(StandardCharsets.US_ASCII), recorded.body());
        assertEquals("/api/v1/events", recorded.target());

        String missing = exchange(server, "DELETE /health HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertTrue(missing.startsWith("HTTP/1.1 403 Forbidden\r\n"), missing);
    }

    @Test
    void responsesWithoutLengthCloseTheConnection() throws Exception {
        HttpRoute streamed = new HttpRoute(null, "/", 200, "OK", List.of(new Header("Date", HttpRoute.DATE)), "to the end".getBytes(StandardCharsets.US_ASCII));
        LabHttpsServer server = start(HttpServerSpec.plain(List.of(streamed), null));
        String answer = exchange(server, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"); // keep-alive asked, close forced
        assertEquals("HTTP/1.1 200 OK\r\nDate: Fri, 14 Mar 2025 09:26:53 GMT\r\n\r\nto the end", answer);
    }

    @Test
    void labClockTrustManagerJudgesExpiryAtLabTime() throws Exception {
        // Valid around the guide's capture date only: long expired by the wall clock.
        Instant t = TestLabs.NOW;
        LabPki past = LabPki.generate(List.of(
                CertificateSpec.root("root", TestLabs.ROOT_DN, t.minus(Duration.ofDays(3000)), t.plus(Duration.ofDays(3000))),
                CertificateSpec.leaf("leaf", TestLabs.LEAF_DN, "root", List.of("api-sse.cisco.com"),
                        t.minus(Duration.ofDays(10)), t.plus(Duration.ofDays(10)))));
        LabHttpsServer server = start(HttpServerSpec.https(TlsSettings.defaults(past.serverContext("leaf", false)), List.of(), FORBIDDEN));
        javax.net.ssl.X509TrustManager atLabTime = past.trustManager(labClock::get);
        OkHttpClient client = client(Duration.ofSeconds(3)).newBuilder()
                .sslSocketFactory(past.clientContext(atLabTime).getSocketFactory(), atLabTime).build();
        try (Response response = client.newCall(new Request.Builder().url(url(server, "/")).build()).execute()) {
            assertEquals(403, response.code());
        }
        labClock.set(t.plus(Duration.ofDays(11)));
        // A new SSLContext, as a new curl process would have: a resumed TLS session skips certificate checks.
        OkHttpClient fresh = client.newBuilder().connectionPool(new okhttp3.ConnectionPool())
                .sslSocketFactory(past.clientContext(atLabTime).getSocketFactory(), atLabTime).build();
        assertThrows(javax.net.ssl.SSLHandshakeException.class, () -> fresh.newCall(new Request.Builder().url(url(server, "/")).build()).execute());
        OkHttpClient wallClock = client(Duration.ofSeconds(3)).newBuilder()
                .sslSocketFactory(past.clientContext().getSocketFactory(), past.trustManager()).build();
        labClock.set(t);
        assertThrows(javax.net.ssl.SSLHandshakeException.class, () -> wallClock.newCall(new Request.Builder().url(url(server, "/")).build()).execute());
    }

    @Test
    void closeReleasesThePort() throws Exception {
        LabHttpsServer server = start(guideServer());
        int port = server.port();
        server.close();
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
    }

    /** Sends raw bytes and reads until the server closes (tests always ask for close). */
    private static String exchange(LabHttpsServer server, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
