package io.fpsh.tools.curl;

import io.fpsh.testkind.RealTool;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the real /usr/bin/curl (7.88.1 on Debian 12) and fpsh's modern dialect with the same arguments against the
 * same loopback servers, and compares exit code, stdout and stderr after masking what legitimately differs:
 * ports, dates, timings, pointers, and the per-message TLS lines (which fpsh reconstructs rather than observes).
 * Only 127.0.0.1 is ever contacted.
 */
@RealTool
class CurlDifferentialTest {

    private final CurlTestLab lab = new CurlTestLab();

    {
        lab.stdoutIsTerminal = false; // real curl runs with stdout piped to a file
    }
    @TempDir Path tmp;
    private String caFile;

    @BeforeEach
    void setUp() throws IOException {
        Assumptions.assumeTrue(RealCurl.installed(), "real curl not installed");
        Path ca = tmp.resolve("ca.pem");
        Files.writeString(ca, CurlTestLab.ROOT.certificatePem());
        caFile = ca.toString();
        // fpsh sees the same file at the same path in its simulated filesystem
        lab.files.put(caFile, CurlTestLab.ROOT.certificatePem().getBytes(StandardCharsets.US_ASCII));
    }

    @AfterEach
    void tearDown() {
        lab.close();
    }

    @Test
    void plainHttp403Verbose() throws Exception {
        MockWebServer server = http(CurlTestLab::forbidden);
        compare(server, CurlTestLab::forbidden, "-v", "http://127.0.0.1:" + server.getPort() + "/403");
    }

    @Test
    void failOnError() throws Exception {
        MockWebServer server = http(CurlTestLab::forbidden);
        compare(server, CurlTestLab::forbidden, "-v", "-f", "http://127.0.0.1:" + server.getPort() + "/403");
        compare(server, CurlTestLab::forbidden, "-sS", "-f", "http://127.0.0.1:" + server.getPort() + "/403");
    }

    @Test
    void writeOutHttpCode() throws Exception {
        MockWebServer server = http(CurlTestLab::forbidden);
        compare(server, CurlTestLab::forbidden, "-s", "-o", "/dev/null", "-w", "%{http_code} %{remote_ip}\\n",
                "http://127.0.0.1:" + server.getPort() + "/403");
    }

    @Test
    void includeAndHead() throws Exception {
        MockWebServer server = http(CurlTestLab::forbidden);
        compare(server, CurlTestLab::forbidden, "-i", "http://127.0.0.1:" + server.getPort() + "/403");
        // mockwebserver would send the body even to HEAD (real curl then traces "Excess found"): send none
        Supplier<MockResponse> headers = () -> new MockResponse.Builder().code(403).status("HTTP/1.1 403 Forbidden")
                .addHeader("Content-Type", "text/plain; charset=utf-8").removeHeader("Content-Length")
                .addHeader("Content-Length", "9").build();
        MockWebServer headServer = http(headers);
        compare(headServer, headers, "-v", "-I", "http://127.0.0.1:" + headServer.getPort() + "/403");
    }

    @Test
    void refused() throws Exception {
        int port = CurlTestLab.closedPort();
        compare(null, null, "-v", "http://127.0.0.1:" + port + "/");
        compare(null, null, "-sS", "http://127.0.0.1:" + port + "/");
    }

    @Test
    void maxTimeSilentServer() throws Exception {
        InetSocketAddress silent = lab.silentServer();
        lab.route("127.0.0.1", silent.getPort(), silent);
        compare(null, null, "-v", "-m", "1", "http://127.0.0.1:" + silent.getPort() + "/");
    }

    @Test
    void redirectsFollowedAndLimited() throws Exception {
        Supplier<MockResponse> loop = () -> new MockResponse.Builder().code(302).addHeader("Location", "/loop")
                .body("redirect").build();
        MockWebServer server = http(loop);
        compare(server, loop, "-v", "-L", "--max-redirs", "2", "http://127.0.0.1:" + server.getPort() + "/loop");
    }

    @Test
    void maxFileSize() throws Exception {
        Supplier<MockResponse> big = () -> new MockResponse.Builder().body("x".repeat(5000)).build();
        MockWebServer server = http(big);
        compare(server, big, "-v", "--max-filesize", "1000", "http://127.0.0.1:" + server.getPort() + "/big");
    }

    @Test
    void httpsWithCacert() throws Exception {
        MockWebServer server = https(CurlTestLab.LAB_LEAF);
        compare(server, CurlTestLab::forbidden, "-v", "--resolve", "fmc.lab.test:" + server.getPort() + ":127.0.0.1",
                "--cacert", caFile, "https://fmc.lab.test:" + server.getPort() + "/");
    }

    @Test
    void httpsUnknownIssuer() throws Exception {
        MockWebServer server = https(CurlTestLab.LAB_LEAF);
        compare(server, CurlTestLab::forbidden, "-v", "--resolve", "fmc.lab.test:" + server.getPort() + ":127.0.0.1",
                "https://fmc.lab.test:" + server.getPort() + "/");
    }

    @Test
    void httpsInsecure() throws Exception {
        MockWebServer server = https(CurlTestLab.LAB_LEAF);
        compare(server, CurlTestLab::forbidden, "-v", "-k", "--resolve", "fmc.lab.test:" + server.getPort() + ":127.0.0.1",
                "https://fmc.lab.test:" + server.getPort() + "/");
    }

    @Test
    void httpsSelfSigned() throws Exception {
        MockWebServer server = https(CurlTestLab.SELF_SIGNED);
        lab.name("localhost", "127.0.0.1");
        compare(server, CurlTestLab::forbidden, "-v", "https://localhost:" + server.getPort() + "/");
        compare(server, CurlTestLab::forbidden, "-v", "-k", "https://localhost:" + server.getPort() + "/");
    }

    @Test
    void httpsWrongName() throws Exception {
        MockWebServer server = https(CurlTestLab.LAB_LEAF);
        compare(server, CurlTestLab::forbidden, "-v", "--cacert", caFile,
                "--resolve", "wrongname.lab.test:" + server.getPort() + ":127.0.0.1",
                "https://wrongname.lab.test:" + server.getPort() + "/");
    }

    @Test
    void httpsExpired() throws Exception {
        long now = System.currentTimeMillis();
        HeldCertificate expired = new HeldCertificate.Builder().signedBy(CurlTestLab.ROOT).rsa2048()
                .commonName("expired.lab.test").addSubjectAlternativeName("expired.lab.test")
                .validityInterval(now - TimeUnit.DAYS.toMillis(30), now - TimeUnit.DAYS.toMillis(1)).build();
        MockWebServer server = https(expired);
        compare(server, CurlTestLab::forbidden, "-v", "--cacert", caFile,
                "--resolve", "expired.lab.test:" + server.getPort() + ":127.0.0.1",
                "https://expired.lab.test:" + server.getPort() + "/");
    }

    @Test
    void usageErrors() throws Exception {
        compare(null, null, "--foo", "http://127.0.0.1/");
        compare(null, null, "-m");
        compare(null, null, "foo://127.0.0.1/");
        compare(null, null, "--help");
        compare(null, null, "-v");
    }

    @Test
    void postWithDataAndHeaders() throws Exception {
        MockWebServer server = http(CurlTestLab::forbidden);
        compare(server, CurlTestLab::forbidden, "-v", "-d", "a=1&b=2", "-H", "X-Probe: yes", "-A", "probe/1.0",
                "http://127.0.0.1:" + server.getPort() + "/form");
        compare(server, CurlTestLab::forbidden, "-v", "-u", "admin:Adm1n!ftd", "-X", "POST", "-H", "X-A: 1",
                "http://127.0.0.1:" + server.getPort() + "/api/fmc_platform/v1/auth/generatetoken");
        compare(server, CurlTestLab::forbidden, "-v", "-X", "DELETE", "-H", "Accept: text/plain",
                "http://127.0.0.1:" + server.getPort() + "/thing");
    }

    @Test
    void redirectFollowedToSuccess() throws Exception {
        MockWebServer server = lab.http();
        lab.route("127.0.0.1", server.getPort(), server);
        Supplier<MockResponse> redirect = () -> new MockResponse.Builder().code(301).addHeader("Location", "/ok").body("moved").build();
        Supplier<MockResponse> ok = () -> new MockResponse.Builder().body("fine\n").build();
        server.enqueue(redirect.get());
        server.enqueue(ok.get());
        Outcome real = runRealCurl("-v", "-L", "http://127.0.0.1:" + server.getPort() + "/start");
        server.enqueue(redirect.get());
        server.enqueue(ok.get());
        CurlTestLab.Run run = lab.run(CurlDialect.MODERN, "-v", "-L", "http://127.0.0.1:" + server.getPort() + "/start");
        assertEquals(real.exit, run.exit());
        assertEquals(mask(real.out), mask(run.out()));
        assertEquals(mask(real.err), mask(run.err()));
    }

    @Test
    void plainHttpThroughProxy() throws Exception {
        MockWebServer proxy = http(CurlTestLab::forbidden);
        compare(proxy, CurlTestLab::forbidden, "-v", "-x", "http://127.0.0.1:" + proxy.getPort(), "http://192.0.2.77/x");
    }

    @Test
    void serverClosingTheConnection() throws Exception {
        Supplier<MockResponse> closing = () -> new MockResponse.Builder().addHeader("Connection", "close").body("bye").build();
        MockWebServer server = http(closing);
        compare(server, closing, "-v", "http://127.0.0.1:" + server.getPort() + "/");
    }

    @Test
    void insecureHeadOverTls() throws Exception {
        MockWebServer server = https(CurlTestLab.SELF_SIGNED);
        lab.name("localhost", "127.0.0.1");
        Supplier<MockResponse> headers = () -> new MockResponse.Builder().code(403).status("HTTP/1.1 403 Forbidden")
                .removeHeader("Content-Length").addHeader("Content-Length", "9").build();
        compare(server, headers, "-k", "-I", "https://localhost:" + server.getPort() + "/");
        compare(server, headers, "-sS", "https://localhost:" + server.getPort() + "/");
    }

    @Test
    void httpsThroughConnectProxy() throws Exception {
        MockWebServer proxy = https(CurlTestLab.LAB_LEAF);
        Supplier<MockResponse> tunnel = () -> new MockResponse.Builder().inTunnel()
                .status("HTTP/1.1 200 Connection established").clearHeaders().build();
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[]{"-v", "-x", "http://127.0.0.1:" + proxy.getPort(), "--cacert", caFile, "https://fmc.lab.test/"});
        // credentials in the proxy URL go with the first CONNECT
        cases.add(new String[]{"-v", "-x", "http://proxyuser:Pr0xy2020@127.0.0.1:" + proxy.getPort(), "--cacert", caFile,
                "https://fmc.lab.test/"});
        for (String[] argv : cases) {
            proxy.enqueue(tunnel.get());
            proxy.enqueue(CurlTestLab.forbidden());
            Outcome real = runRealCurl(argv);
            proxy.enqueue(tunnel.get());
            proxy.enqueue(CurlTestLab.forbidden());
            CurlTestLab.Run run = lab.run(CurlDialect.MODERN, argv);
            assertEquals(real.exit, run.exit(), real.err + "\n----\n" + run.err());
            assertEquals(mask(real.out), mask(run.out()));
            assertEquals(mask(real.err), mask(run.err()));
        }
    }

    @Test
    void tlsPeerClosingAtOnce() throws Exception {
        java.net.ServerSocket closer = new java.net.ServerSocket(0, 50, CurlTestLab.ip("127.0.0.1"));
        Thread t = new Thread(() -> {
            try {
                while (true) closer.accept().close();
            } catch (IOException ignored) {
                // closed below
            }
        });
        t.setDaemon(true);
        t.start();
        try {
            lab.route("127.0.0.1", closer.getLocalPort(), new InetSocketAddress(CurlTestLab.ip("127.0.0.1"), closer.getLocalPort()));
            compare(null, null, "-v", "https://127.0.0.1:" + closer.getLocalPort() + "/");
        } finally {
            closer.close();
        }
    }

    @Test
    void tlsToAServerAnsweringInPlainHttp() throws Exception {
        java.net.ServerSocket plain = new java.net.ServerSocket(0, 50, CurlTestLab.ip("127.0.0.1"));
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    try (java.net.Socket s = plain.accept()) {
                        s.getInputStream().read(new byte[4096]);
                        s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        s.getOutputStream().flush();
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            } catch (IOException ignored) {
                // closed below
            }
        });
        t.setDaemon(true);
        t.start();
        try {
            lab.route("127.0.0.1", plain.getLocalPort(), new InetSocketAddress(CurlTestLab.ip("127.0.0.1"), plain.getLocalPort()));
            compare(null, null, "-v", "https://127.0.0.1:" + plain.getLocalPort() + "/");
        } finally {
            plain.close();
        }
    }

    @Test
    void tls13OnlyAgainstATls12Server() throws Exception {
        HandshakeCertificates certs = new HandshakeCertificates.Builder().heldCertificate(CurlTestLab.LAB_LEAF).build();
        MockWebServer server = lab.https(CurlTestLab.restricted(certs.sslSocketFactory(), new String[]{"TLSv1.2"}, null));
        server.setProtocols(List.of(Protocol.HTTP_1_1));
        lab.route("127.0.0.1", server.getPort(), server);
        compare(server, CurlTestLab::forbidden, "-sS", "--tlsv1.3", "-k", "https://127.0.0.1:" + server.getPort() + "/");
    }

    @Test
    void emptyReplyAndGarbageReply() throws Exception {
        for (String reply : List.of("", "garbage that is not HTTP\r\n\r\n")) {
            java.net.ServerSocket server = new java.net.ServerSocket(0, 50, CurlTestLab.ip("127.0.0.1"));
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        try (java.net.Socket s = server.accept()) {
                            s.getInputStream().read(new byte[4096]);
                            s.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
                            s.getOutputStream().flush();
                        }
                    }
                } catch (IOException ignored) {
                    // closed below
                }
            });
            t.setDaemon(true);
            t.start();
            try {
                lab.route("127.0.0.1", server.getLocalPort(), new InetSocketAddress(CurlTestLab.ip("127.0.0.1"), server.getLocalPort()));
                compare(null, null, "-v", "http://127.0.0.1:" + server.getLocalPort() + "/");
            } finally {
                server.close();
            }
        }
    }

    @Test
    void serverWithoutAlpn() throws Exception {
        MockWebServer server = https(CurlTestLab.LAB_LEAF);
        server.setProtocolNegotiationEnabled(false);
        compare(server, CurlTestLab::forbidden, "-v", "-k", "--resolve", "fmc.lab.test:" + server.getPort() + ":127.0.0.1",
                "https://fmc.lab.test:" + server.getPort() + "/");
    }

    @Test
    void redirectToAnotherServer() throws Exception {
        MockWebServer second = lab.http();
        lab.route("127.0.0.1", second.getPort(), second);
        Supplier<MockResponse> away = () -> new MockResponse.Builder().code(302)
                .addHeader("Location", "http://127.0.0.1:" + second.getPort() + "/there").body("see there").build();
        Supplier<MockResponse> fine = () -> new MockResponse.Builder().body("arrived\n").build();
        MockWebServer first = http(away);
        for (int run = 0; run < 2; run++) {
            first.enqueue(away.get());
            second.enqueue(fine.get());
        }
        String[] argv = {"-v", "-L", "http://127.0.0.1:" + first.getPort() + "/here"};
        Outcome real = runRealCurl(argv);
        CurlTestLab.Run fpsh = lab.run(CurlDialect.MODERN, argv);
        assertEquals(real.exit, fpsh.exit());
        assertEquals(mask(real.out), mask(fpsh.out()));
        assertEquals(mask(real.err), mask(fpsh.err()));
    }

    @Test
    void connectRefusedByProxy() throws Exception {
        for (int code : new int[]{403, 407}) {
            MockWebServer proxy = lab.http();
            lab.route("127.0.0.1", proxy.getPort(), proxy);
            Supplier<MockResponse> refusal = () -> new MockResponse.Builder().code(code).body("no").build();
            compare(proxy, refusal, "-sS", "-x", "127.0.0.1:" + proxy.getPort(), "https://fmc.lab.test/");
        }
    }

    // ------------------------------------------------------------------ harness

    private MockWebServer http(Supplier<MockResponse> response) throws IOException {
        MockWebServer server = lab.http();
        lab.route("127.0.0.1", server.getPort(), server);
        return server;
    }

    private MockWebServer https(HeldCertificate leaf) throws IOException {
        HandshakeCertificates certs = new HandshakeCertificates.Builder().heldCertificate(leaf).build();
        MockWebServer server = lab.https(certs.sslSocketFactory());
        // like the lab's Python server: ALPN http/1.1 only
        server.setProtocols(List.of(Protocol.HTTP_1_1));
        lab.route("127.0.0.1", server.getPort(), server);
        return server;
    }

    private void compare(MockWebServer server, Supplier<MockResponse> response, String... argv) throws Exception {
        if (server != null) for (int i = 0; i < 5; i++) server.enqueue(response.get());
        Outcome real = runRealCurl(argv);
        if (server != null) for (int i = 0; i < 5; i++) server.enqueue(response.get());
        CurlTestLab.Run run = lab.run(CurlDialect.MODERN, argv);
        Outcome fpsh = new Outcome(run.exit(), run.out(), run.err());
        String label = String.join(" ", argv);
        assertEquals(real.exit, fpsh.exit, label + "\nreal stderr:\n" + real.err + "\nfpsh stderr:\n" + fpsh.err);
        assertEquals(mask(real.out), mask(fpsh.out), label + " (stdout)");
        assertEquals(mask(real.err), mask(fpsh.err), label + " (stderr)");
    }

    private record Outcome(int exit, String out, String err) {}

    private Outcome runRealCurl(String... argv) throws Exception {
        RealCurl.Outcome real = RealCurl.run(tmp, argv);
        return new Outcome(real.exit(), real.out(), real.err());
    }

    /** Hides what differs between two correct runs, with stdout piped (both draw the progress meter). */
    static String mask(String text) {
        return ProgressMeterMask.normalise(text).lines()
                .filter(l -> !l.matches("\\* TLSv1\\.[0-3] \\((IN|OUT)\\), TLS .*"))
                .filter(l -> !l.equals("* old SSL session ID is stale, removing"))
                .filter(l -> !l.matches("[{}] \\[\\d+ bytes data\\]"))
                .map(l -> l.replaceAll(":\\d{2,5}\\b", ":PORT")
                        .replaceAll("port \\d+", "port PORT")
                        .replaceAll("port from \\d+ to \\d+", "port from PORT to PORT")
                        .replaceAll("after \\d+ ms", "after N ms")
                        .replaceAll("after \\d+ milliseconds", "after N milliseconds")
                        .replaceAll("(start|expire) date: .*", "$1 date: D")
                        .replaceAll("0x[0-9a-f]+", "0xPTR")
                        .replaceAll("OpenSSL/3\\.0\\.\\d+", "OpenSSL/3.0.x")
                        .replaceAll("\\d+\\.\\d{6}", "T"))
                .collect(Collectors.joining("\n"));
    }
}
