package io.fpsh.tools.curl;

import io.fpsh.net.HostResolver;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 7.44.0 dialect, golden-tested against the transcripts of the French troubleshooting guide (copied verbatim
 * into test resources, then cleaned of the PDF extraction damage described in {@link #normalizeGuide}).
 */
class CurlDeviceDialectTest {

    private static final CurlDialect DEVICE = CurlDialect.DEVICE;
    private final CurlTestLab lab = new CurlTestLab();

    @AfterEach
    void tearDown() {
        lab.close();
    }

    @Test
    void verboseInsecureRequestReproducesTheGuide() throws Exception {
        GuideCertificates certs = new GuideCertificates();
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder()
                .heldCertificate(certs.leaf, certs.intermediate, certs.root).build();
        MockWebServer server = lab.https(CurlTestLab.restricted(serverCerts.sslSocketFactory(),
                new String[]{"TLSv1.2"}, new String[]{"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}));
        server.requestClientAuth();
        server.enqueue(guideResponse());
        lab.name("api-sse.cisco.com", "198.51.100.66");
        lab.route("198.51.100.66", 443, server);
        lab.deviceTime = Instant.parse("2020-04-08T01:27:55Z");

        CurlTestLab.Run run = lab.run(DEVICE, "-v", "-k", "https://api-sse.cisco.com");

        assertEquals(0, run.exit(), run.err());
        assertEquals("Forbidden", run.out());
        List<String> expected = normalizeGuide(resource("guide-api-sse-v-k.txt"));
        List<String> actual = List.of(run.err().replace("\r\n", "\n").split("\n"));
        assertEquals(String.join("\n", expected), String.join("\n", actual.subList(0, expected.size())));
        assertEquals("* Connection #0 to host api-sse.cisco.com left intact", actual.get(actual.size() - 1));
        assertEquals("TLSv1.2", run.result().tlsProtocol());
        assertEquals("ECDHE-RSA-AES128-GCM-SHA256", run.result().tlsCipher());
        assertEquals("self signed certificate in certificate chain", run.result().certificateVerifyResult());
    }

    @Test
    void withoutInsecureTheSameServerIsRejected() throws Exception {
        GuideCertificates certs = new GuideCertificates();
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder()
                .heldCertificate(certs.leaf, certs.intermediate, certs.root).build();
        MockWebServer server = lab.https(serverCerts.sslSocketFactory());
        lab.name("api-sse.cisco.com", "198.51.100.66");
        lab.route("198.51.100.66", 443, server);
        lab.deviceTime = Instant.parse("2020-04-08T01:27:55Z");

        CurlTestLab.Run run = lab.run(DEVICE, "-v", "https://api-sse.cisco.com/");

        assertEquals(60, run.exit());
        assertTrue(run.err().contains("""
                * TLSv1.2 (IN), TLS handshake, Certificate (11):
                * TLSv1.2 (OUT), TLS alert, Server hello (2):
                * SSL certificate problem: self signed certificate in certificate chain
                * Closing connection 0
                curl: (60) SSL certificate problem: self signed certificate in certificate chain
                More details here: http://curl.haxx.se/docs/sslcerts.html
                """), run.err());
    }

    @Test
    void dnsFailureReproducesTheGuide() throws Exception {
        CurlTestLab.Run run = lab.run(DEVICE, "-v", "-k", "https://api-sse.cisco.com");

        assertEquals(6, run.exit());
        assertEquals(String.join("\n", normalizeGuide(resource("guide-api-sse-dns-failure.txt"))) + "\n", run.err());
    }

    @Test
    void legacyWordingOfConnectErrors() throws Exception {
        lab.name("api-sse.cisco.com", "198.51.100.66");
        lab.drop("198.51.100.66", 443);
        lab.failures.put("slow.example", HostResolver.Outcome.TIMED_OUT);

        CurlTestLab.Run refused = lab.run(DEVICE, "-sS", "https://198.51.100.67/");
        CurlTestLab.Run dropped = lab.run(DEVICE, "-sS", "--connect-timeout", "1", "https://api-sse.cisco.com/");
        CurlTestLab.Run slowDns = lab.run(DEVICE, "-sS", "--connect-timeout", "1", "https://slow.example/");

        assertEquals("curl: (7) Failed to connect to 198.51.100.67 port 443: Connection refused\n", refused.err());
        assertEquals(28, dropped.exit());
        assertTrue(dropped.err().matches("curl: \\(28\\) Connection timed out after 1\\d{3} milliseconds\n"), dropped.err());
        assertTrue(slowDns.err().matches("curl: \\(28\\) Resolving timed out after 1\\d{3} milliseconds\n"), slowDns.err());
    }

    @Test
    void versionAndUserAgent() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        lab.route("198.51.100.66", 80, server);

        CurlTestLab.Run version = lab.run(DEVICE, "-V");
        lab.run(DEVICE, "-s", "http://198.51.100.66/");

        assertTrue(version.out().startsWith("curl 7.44.0 "));
        assertEquals("curl/7.44.0", server.takeRequest().getHeaders().get("User-Agent"));
    }

    @Test
    void trustedByTheDeviceBundleAndHttpErrorsWithReason() throws Exception {
        GuideCertificates certs = new GuideCertificates();
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder()
                .heldCertificate(certs.leaf, certs.intermediate, certs.root).build();
        MockWebServer server = lab.https(serverCerts.sslSocketFactory());
        server.enqueue(guideResponse());
        lab.name("api-sse.cisco.com", "198.51.100.66");
        lab.route("198.51.100.66", 443, server);
        lab.deviceTime = Instant.parse("2020-04-08T01:27:55Z");
        lab.defaultBundle = "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(certs.root.getEncoded())
                + "\n-----END CERTIFICATE-----\n";

        CurlTestLab.Run run = lab.run(DEVICE, "-v", "-f", "https://api-sse.cisco.com/");

        assertEquals(22, run.exit(), run.err());
        assertTrue(run.err().contains("* \t subjectAltName: api-sse.cisco.com matched\n* \t issuer: "), run.err());
        assertTrue(run.err().contains("* \t SSL certificate verify ok.\n"), run.err());
        assertTrue(run.err().endsWith("""
                * The requested URL returned error: 403 Forbidden
                * Closing connection 0
                curl: (22) The requested URL returned error: 403 Forbidden
                """), run.err());
    }

    @Test
    void tls13OnlyServerIsOutOfReachOfOpenSsl102() throws Exception {
        HandshakeCertificates certs = new HandshakeCertificates.Builder().heldCertificate(CurlTestLab.LAB_LEAF).build();
        MockWebServer server = lab.https(CurlTestLab.restricted(certs.sslSocketFactory(), new String[]{"TLSv1.3"}, null));
        lab.route("198.51.100.66", 443, server);

        CurlTestLab.Run run = lab.run(DEVICE, "-sS", "-k", "https://198.51.100.66/");

        assertEquals(35, run.exit());
        assertEquals("curl: (35) error:1407742E:SSL routines:SSL23_GET_SERVER_HELLO:tlsv1 alert protocol version\n", run.err());
    }

    @Test
    void optionsNewerThan744AreUnknown() {
        CurlTestLab.Run run = lab.run(DEVICE, "--tlsv1.3", "https://api-sse.cisco.com/");
        assertEquals(2, run.exit());
        assertEquals("curl: option --tlsv1.3: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
                run.err());
    }

    /** The guide's 403 answer, header for header. */
    private static MockResponse guideResponse() {
        return new MockResponse.Builder().code(403).status("HTTP/1.1 403 Forbidden").body("Forbidden")
                .removeHeader("Content-Length")
                .addHeader("Date", "Wed, 08 Apr 2020 01:27:55 GMT")
                .addHeader("Content-Type", "text/plain; charset=utf-8")
                .addHeader("Content-Length", "9")
                .addHeader("Connection", "keep-alive")
                .addHeader("Keep-Alive", "timeout=5")
                .addHeader("ETag", "\"5e17b3f8-9\"")
                .addHeader("Cache-Control", "no-store")
                .addHeader("Pragma", "no-cache")
                .addHeader("Content-Security-Policy", "default-src 'self'")
                .addHeader("X-Content-Type-Options", "nosniff")
                .addHeader("X-XSS-Protection", "1; mode=block")
                .addHeader("Strict-Transport-Security", "max-age=31536000; includeSubdomains;")
                .build();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CurlDeviceDialectTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Undoes what the PDF-to-text extraction did to the guide: trailing spaces, blank lines from page breaks,
     * words split by a space ("api -sse", "S SL", "c hain"), the masked address, and collapsed whitespace at
     * line starts (7.44 wrote "*   Trying", "*   CAfile", "  CApath" and "* \t subject").
     */
    static List<String> normalizeGuide(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.stripTrailing();
            if (line.isEmpty() || line.startsWith("root@")) continue;
            line = line.replace("api -sse", "api-sse").replace("S SL", "SSL").replace("c hain", "chain")
                    .replace("x.x.x.66", "198.51.100.66");
            if (line.startsWith("* Trying ")) line = "*   Trying " + line.substring(9);
            if (line.startsWith("* CAfile:")) line = "*   CAfile:" + line.substring(9);
            if (line.startsWith("CApath:")) line = "  " + line;
            if (line.equals(">")) line = "> ";
            if (line.matches("\\* (subject|start date|expire date|issuer|SSL certificate verify result): .*")) {
                line = "* \t " + line.substring(2);
            }
            lines.add(line);
        }
        return lines;
    }
}
