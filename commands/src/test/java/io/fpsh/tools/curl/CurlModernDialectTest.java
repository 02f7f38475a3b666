package io.fpsh.tools.curl;

import io.fpsh.net.HostResolver;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static io.fpsh.tools.curl.CurlTestLab.X509CertificatesHolder.none;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** fpsh's curl in the 7.88.1 dialect against real loopback servers behind virtual addresses. */
class CurlModernDialectTest {

    private static final CurlDialect MODERN = CurlDialect.MODERN;
    private final CurlTestLab lab = new CurlTestLab();

    @AfterEach
    void tearDown() {
        lab.close();
    }

    @Test
    void plainHttpVerboseTraceMatchesCurl() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        lab.name("web.lab.test", "192.0.2.40");
        lab.route("192.0.2.40", 80, server);

        CurlTestLab.Run run = lab.run(MODERN, "-v", "http://web.lab.test/403");

        assertEquals(0, run.exit());
        assertEquals("Forbidden", run.out());
        assertEquals("""
                *   Trying 192.0.2.40:80...
                * Connected to web.lab.test (192.0.2.40) port 80 (#0)
                > GET /403 HTTP/1.1\r
                > Host: web.lab.test\r
                > User-Agent: curl/7.88.1\r
                > Accept: */*\r
                > \r
                < HTTP/1.1 403 Forbidden\r
                < Content-Type: text/plain; charset=utf-8\r
                < Content-Length: 9\r
                < \r
                * Connection #0 to host web.lab.test left intact
                """, run.err());
        var recorded = server.takeRequest();
        assertEquals("curl/7.88.1", recorded.getHeaders().get("User-Agent"));
        assertEquals(null, recorded.getHeaders().get("Accept-Encoding"));
        assertEquals(403, run.result().httpStatus());
        assertEquals("192.0.2.40", run.result().remoteIp());
    }

    @Test
    void failOnErrorGives22AndHidesBody() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        lab.route("192.0.2.40", 80, server);

        CurlTestLab.Run run = lab.run(MODERN, "-v", "-f", "http://192.0.2.40/403");

        assertEquals(22, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().endsWith("""
                < Content-Length: 9\r
                * The requested URL returned error: 403
                * Closing connection 0
                curl: (22) The requested URL returned error: 403
                """), run.err());
    }

    @Test
    void silentAndShowErrorFlags() {
        CurlTestLab.Run silent = lab.run(MODERN, "-s", "http://nosuch.lab.test/");
        CurlTestLab.Run shown = lab.run(MODERN, "-sS", "http://nosuch.lab.test/");
        CurlTestLab.Run verbose = lab.run(MODERN, "-v", "http://nosuch.lab.test/");

        assertEquals(6, silent.exit());
        assertEquals("", silent.err());
        assertEquals("curl: (6) Could not resolve host: nosuch.lab.test\n", shown.err());
        assertEquals("""
                * Could not resolve host: nosuch.lab.test
                * Closing connection 0
                curl: (6) Could not resolve host: nosuch.lab.test
                """, verbose.err());
    }

    @Test
    void refusedConnectionIs7() {
        lab.name("ftd01.lab.test", "192.0.2.10");

        CurlTestLab.Run run = lab.run(MODERN, "-v", "https://ftd01.lab.test/");

        assertEquals(7, run.exit());
        String masked = run.err().replaceAll("after \\d+ ms", "after N ms");
        assertEquals("""
                *   Trying 192.0.2.10:443...
                * connect to 192.0.2.10 port 443 failed: Connection refused
                * Failed to connect to ftd01.lab.test port 443 after N ms: Couldn't connect to server
                * Closing connection 0
                curl: (7) Failed to connect to ftd01.lab.test port 443 after N ms: Couldn't connect to server
                """, masked);
    }

    @Test
    void droppedSynTimesOutWithConnectTimeout() {
        lab.name("blackhole.lab.test", "192.0.2.2");
        lab.drop("192.0.2.2", 443);

        long start = System.nanoTime();
        CurlTestLab.Run run = lab.run(MODERN, "-v", "--connect-timeout", "1", "https://blackhole.lab.test/");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(28, run.exit());
        assertTrue(ms >= 1000 && ms < 3000, "took " + ms);
        String masked = run.err().replaceAll("after 1\\d\\d\\d ms", "after N ms");
        assertEquals("""
                *   Trying 192.0.2.2:443...
                * ipv4 connect timeout after 1000ms, move on!
                * Failed to connect to blackhole.lab.test port 443 after N ms: Timeout was reached
                * Closing connection 0
                curl: (28) Failed to connect to blackhole.lab.test port 443 after N ms: Timeout was reached
                """, masked);
    }

    @Test
    void fullAcceptQueueOnLoopbackAlsoTimesOut() throws Exception {
        lab.route("192.0.2.3", 443, lab.blackhole());

        CurlTestLab.Run run = lab.run(MODERN, "-sS", "--connect-timeout", "1", "https://192.0.2.3/");

        assertEquals(28, run.exit());
        assertTrue(run.err().matches("curl: \\(28\\) Failed to connect to 192\\.0\\.2\\.3 port 443 after 1\\d{3} ms: Timeout was reached\n"),
                run.err());
    }

    @Test
    void connectTimeoutCoversNameResolutionToo() {
        lab.drop("192.0.2.2", 443);
        HostResolver slowButAnswering = (host, deadline) -> {
            Thread.sleep(600);
            return new HostResolver.Resolution(host, HostResolver.Outcome.RESOLVED, java.util.List.of(CurlTestLab.ip("192.0.2.2")),
                    CurlTestLab.ip("127.0.0.53"), Duration.ofMillis(600));
        };
        CurlEnvironment env = new CurlEnvironment(lab.network(), slowButAnswering, lab.files(), Instant::now, MODERN, "", true);

        long start = System.nanoTime();
        CurlTestLab.Run run = CurlTestLab.run(new Curl(env), "-sS", "--connect-timeout", "1", "https://slowdns.lab.test/");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(28, run.exit());
        assertTrue(ms < 1500, "took " + ms);
        assertTrue(run.err().matches("curl: \\(28\\) Failed to connect to slowdns.lab.test port 443 after 1\\d{3} ms: Timeout was reached\n"),
                run.err());
    }

    @Test
    void slowDnsWithConnectTimeoutIsResolvingTimedOut() {
        lab.failures.put("slow.lab.test", HostResolver.Outcome.TIMED_OUT);

        CurlTestLab.Run run = lab.run(MODERN, "--connect-timeout", "1", "http://slow.lab.test/");

        assertEquals(28, run.exit());
        assertTrue(run.err().matches("curl: \\(28\\) Resolving timed out after 1\\d{3} milliseconds\n"), run.err());
    }

    @Test
    void servfailIsCouldNotResolve() {
        lab.failures.put("broken.lab.test", HostResolver.Outcome.SERVER_FAILURE);

        CurlTestLab.Run run = lab.run(MODERN, "http://broken.lab.test/");

        assertEquals(6, run.exit());
        assertEquals("curl: (6) Could not resolve host: broken.lab.test\n", run.err());
    }

    @Test
    void maxTimeAgainstSilentServer() throws Exception {
        lab.route("192.0.2.81", 8081, lab.silentServer());

        CurlTestLab.Run run = lab.run(MODERN, "-v", "-m", "1", "http://192.0.2.81:8081/");

        assertEquals(28, run.exit());
        String masked = run.err().replaceAll("after 1\\d{3} milliseconds", "after N milliseconds");
        assertEquals("""
                *   Trying 192.0.2.81:8081...
                * Connected to 192.0.2.81 (192.0.2.81) port 8081 (#0)
                > GET / HTTP/1.1\r
                > Host: 192.0.2.81:8081\r
                > User-Agent: curl/7.88.1\r
                > Accept: */*\r
                > \r
                * Operation timed out after N milliseconds with 0 bytes received
                * Closing connection 0
                curl: (28) Operation timed out after N milliseconds with 0 bytes received
                """, masked);
    }

    @Test
    void httpsWithCacertVerifiesAndPrintsCertificate() throws Exception {
        MockWebServer server = lab.https(CurlTestLab.LAB_LEAF, none());
        server.enqueue(CurlTestLab.forbidden());
        lab.name("api-sse.lab.test", "127.0.0.30");
        lab.route("127.0.0.30", 443, server);
        lab.files.put("/root/ca.pem", CurlTestLab.ROOT.certificatePem().getBytes(StandardCharsets.US_ASCII));

        CurlTestLab.Run run = lab.run(MODERN, "-v", "--cacert", "/root/ca.pem", "https://api-sse.lab.test/");

        assertEquals(0, run.exit(), run.err());
        assertEquals("Forbidden", run.out());
        String err = run.err().replaceAll("date: .*", "date: D");
        assertTrue(err.startsWith("""
                *   Trying 127.0.0.30:443...
                * Connected to api-sse.lab.test (127.0.0.30) port 443 (#0)
                * ALPN: offers h2,http/1.1
                * TLSv1.3 (OUT), TLS handshake, Client hello (1):
                *  CAfile: /root/ca.pem
                *  CApath: /etc/ssl/certs
                * TLSv1.3 (IN), TLS handshake, Server hello (2):
                * TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):
                * TLSv1.3 (IN), TLS handshake, Certificate (11):
                * TLSv1.3 (IN), TLS handshake, CERT verify (15):
                * TLSv1.3 (IN), TLS handshake, Finished (20):
                * TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):
                * TLSv1.3 (OUT), TLS handshake, Finished (20):
                * SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
                * ALPN: server accepted http/1.1
                * Server certificate:
                *  subject: OU=fpsh reference lab; CN=fmc.lab.test
                *  start date: D
                *  expire date: D
                *  subjectAltName: host "api-sse.lab.test" matched cert's "api-sse.lab.test"
                *  issuer: OU=fpsh reference lab; CN=Lab Test Root CA
                *  SSL certificate verify ok.
                * using HTTP/1.1
                > GET / HTTP/1.1\r
                > Host: api-sse.lab.test\r
                """), err);
        assertEquals("TLSv1.3", run.result().tlsProtocol());
        assertEquals("OU=fpsh reference lab; CN=fmc.lab.test", run.result().certificateSubject());
    }

    @Test
    void unknownIssuerIs60WithExplanation() throws Exception {
        MockWebServer server = lab.https(CurlTestLab.LAB_LEAF, none());
        lab.name("fmc.lab.test", "127.0.0.20");
        lab.route("127.0.0.20", 443, server);

        CurlTestLab.Run run = lab.run(MODERN, "-v", "https://fmc.lab.test/");

        assertEquals(60, run.exit());
        assertTrue(run.err().endsWith("""
                * TLSv1.3 (IN), TLS handshake, Certificate (11):
                * TLSv1.3 (OUT), TLS alert, unknown CA (560):
                * SSL certificate problem: unable to get local issuer certificate
                * Closing connection 0
                curl: (60) SSL certificate problem: unable to get local issuer certificate
                More details here: https://curl.se/docs/sslcerts.html

                curl failed to verify the legitimacy of the server and therefore could not
                establish a secure connection to it. To learn more about this situation and
                how to fix it, please visit the web page mentioned above.
                """), run.err());
    }

    @Test
    void selfSignedAndInsecure() throws Exception {
        MockWebServer server = lab.https(CurlTestLab.SELF_SIGNED, none());
        server.enqueue(CurlTestLab.forbidden());
        lab.name("selfsigned.lab.test", "127.0.0.21");
        lab.route("127.0.0.21", 443, server);

        CurlTestLab.Run refused = lab.run(MODERN, "-sS", "https://selfsigned.lab.test/");
        CurlTestLab.Run insecure = lab.run(MODERN, "-v", "-k", "https://selfsigned.lab.test/");

        assertEquals(60, refused.exit());
        assertTrue(refused.err().startsWith("curl: (60) SSL certificate problem: self-signed certificate\n"), refused.err());
        assertEquals(0, insecure.exit(), insecure.err());
        assertFalse(insecure.err().contains("CAfile"));
        assertFalse(insecure.err().contains("subjectAltName"));
        assertTrue(insecure.err().contains("*  SSL certificate verify result: self-signed certificate (18), continuing anyway.\n"));
    }

    @Test
    void validityIsJudgedByTheDeviceClock() throws Exception {
        MockWebServer server = lab.https(CurlTestLab.LAB_LEAF, none());
        lab.name("fmc.lab.test", "127.0.0.20");
        lab.route("127.0.0.20", 443, server);
        lab.defaultBundle = CurlTestLab.ROOT.certificatePem();
        lab.deviceTime = Instant.now().plus(Duration.ofDays(5000));

        CurlTestLab.Run expired = lab.run(MODERN, "-sS", "https://fmc.lab.test/");
        lab.deviceTime = Instant.now().minus(Duration.ofDays(400));
        CurlTestLab.Run early = lab.run(MODERN, "-sS", "https://fmc.lab.test/");

        assertEquals(60, expired.exit());
        assertTrue(expired.err().startsWith("curl: (60) SSL certificate problem: certificate has expired\n"), expired.err());
        assertTrue(early.err().startsWith("curl: (60) SSL certificate problem: certificate is not yet valid\n"), early.err());
    }

    @Test
    void wrongHostNameIs60AfterTheCertificateBlock() throws Exception {
        MockWebServer server = lab.https(CurlTestLab.LAB_LEAF, none());
        lab.name("wrongname.lab.test", "127.0.0.25");
        lab.route("127.0.0.25", 443, server);
        lab.defaultBundle = CurlTestLab.ROOT.certificatePem();

        CurlTestLab.Run run = lab.run(MODERN, "-v", "https://wrongname.lab.test/");

        assertEquals(60, run.exit());
        assertTrue(run.err().contains("""
                *  subjectAltName does not match wrongname.lab.test
                * SSL: no alternative certificate subject name matches target host name 'wrongname.lab.test'
                * Closing connection 0
                * TLSv1.3 (OUT), TLS alert, close notify (256):
                curl: (60) SSL: no alternative certificate subject name matches target host name 'wrongname.lab.test'
                More details here"""), run.err());
    }

    @Test
    void redirectLoopStopsAtMaxRedirs() throws Exception {
        MockWebServer server = lab.http();
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/loop").body("redirect").build());
        }
        lab.route("192.0.2.40", 80, server);

        CurlTestLab.Run run = lab.run(MODERN, "-v", "-L", "--max-redirs", "2", "http://192.0.2.40/loop");

        assertEquals(47, run.exit());
        assertTrue(run.err().contains("* Re-using existing connection #0 with host 192.0.2.40\n"), run.err());
        assertTrue(run.err().endsWith("""
                * Ignoring the response-body
                * Connection #0 to host 192.0.2.40 left intact
                * Maximum (2) redirects followed
                curl: (47) Maximum (2) redirects followed
                """), run.err());
    }

    @Test
    void maxFileSizeStopsAfterHeaders() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(new MockResponse.Builder().body("x".repeat(5000)).build());
        lab.route("192.0.2.40", 80, server);

        CurlTestLab.Run run = lab.run(MODERN, "-v", "--max-filesize", "1000", "http://192.0.2.40/big");

        assertEquals(63, run.exit());
        assertTrue(run.err().endsWith("""
                < Content-Length: 5000\r
                * Maximum file size exceeded
                * Closing connection 0
                curl: (63) Maximum file size exceeded
                """), run.err());
    }

    @Test
    void writeOutAndOutputFile() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        server.enqueue(CurlTestLab.forbidden());
        lab.route("192.0.2.40", 80, server);

        CurlTestLab.Run code = lab.run(MODERN, "-s", "-o", "/dev/null", "-w", "%{http_code} %{remote_ip}\\n", "http://192.0.2.40/403");
        CurlTestLab.Run saved = lab.run(MODERN, "-s", "-o", "/tmp/out.txt", "http://192.0.2.40/403");

        assertEquals("403 192.0.2.40\n", code.out());
        assertEquals("", saved.out());
        assertEquals("Forbidden", new String(lab.files.get("/tmp/out.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void includeHeadersPostDataAndCustomHeaders() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        lab.route("192.0.2.40", 80, server);

        lab.stdoutIsTerminal = false; // piped: no bold header names
        CurlTestLab.Run run = lab.run(MODERN, "-i", "-d", "a=1", "-H", "X-Test: yes", "-A", "probe/1", "http://192.0.2.40/x");

        assertEquals("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 9\r\n\r\nForbidden",
                run.out());
        var recorded = server.takeRequest();
        assertEquals("POST", recorded.getMethod());
        assertEquals("probe/1", recorded.getHeaders().get("User-Agent"));
        assertEquals("yes", recorded.getHeaders().get("X-Test"));
        assertEquals("application/x-www-form-urlencoded", recorded.getHeaders().get("Content-Type"));
        assertEquals("a=1", recorded.getBody().utf8());
    }

    @Test
    void ctrlCAbortsPromptlyAndPrintsNothing() throws Exception {
        lab.drop("192.0.2.2", 443);
        Curl curl = new Curl(lab.env(MODERN));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(curl::cancel, 300, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            CurlTestLab.Run run = CurlTestLab.run(curl, "-sS", "https://192.0.2.2/");
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(Curl.CANCELLED, run.exit());
            assertEquals("", run.err());
            assertTrue(ms < 2000, "took " + ms);
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void usageErrors() {
        CurlTestLab.Run unknown = lab.run(MODERN, "--foo", "http://x/");
        CurlTestLab.Run noUrl = lab.run(MODERN, "-v");
        CurlTestLab.Run badScheme = lab.run(MODERN, "ftp://x/");

        assertEquals(2, unknown.exit());
        assertEquals("curl: option --foo: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
                unknown.err());
        assertEquals(2, noUrl.exit());
        assertEquals(1, badScheme.exit());
        assertEquals("curl: (1) Protocol \"ftp\" not supported or disabled in libcurl\n", badScheme.err());
    }

    @Test
    void versionMatchesTheReferenceTranscript() throws Exception {
        CurlTestLab.Run run = lab.run(MODERN, "--version");
        String expected = java.nio.file.Files.readString(
                io.fpsh.testing.SharedReference.transcripts().resolve("a0-version/stdout"));
        assertEquals(expected, run.out());
    }

    @Test
    void resolveOptionOverridesDns() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        lab.route("192.0.2.99", 80, server);

        CurlTestLab.Run run = lab.run(MODERN, "-s", "--resolve", "pinned.lab.test:80:192.0.2.99", "http://pinned.lab.test/");

        assertEquals(0, run.exit(), run.err());
        assertEquals("Forbidden", run.out());
    }

    @Test
    void triesTheNextAddressWhenTheFirstRefuses() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        lab.name("multi.lab.test", "192.0.2.42", "192.0.2.43");
        lab.route("192.0.2.43", 80, server);

        CurlTestLab.Run run = lab.run(MODERN, "-v", "http://multi.lab.test/");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("""
                *   Trying 192.0.2.42:80...
                * connect to 192.0.2.42 port 80 failed: Connection refused
                *   Trying 192.0.2.43:80...
                * Connected to multi.lab.test (192.0.2.43) port 80 (#0)
                """), run.err());
    }

    @Test
    void ipv6OnlyPicksTheAaaaAnswer() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        lab.name("dual.lab.test", "192.0.2.41", "2001:db8::41");
        lab.route("2001:db8::41", 80, server);

        CurlTestLab.Run v6 = lab.run(MODERN, "-v", "-6", "http://dual.lab.test/");
        CurlTestLab.Run v4 = lab.run(MODERN, "-sS", "-4", "http://dual.lab.test/");

        assertEquals(0, v6.exit(), v6.err());
        assertTrue(v6.err().startsWith("*   Trying 2001:db8::41:80...\n* Connected to dual.lab.test (2001:db8::41) port 80 (#0)\n"),
                v6.err());
        assertEquals("::1", IpText.of(CurlTestLab.ip("::1")));
        assertEquals("fe80::1:0:0:2", IpText.of(CurlTestLab.ip("fe80:0:0:0:1:0:0:2")));
        assertEquals(7, v4.exit());
    }

    @Test
    void capathDirectoryOfTheSimulatedFilesystem() throws Exception {
        MockWebServer server = lab.https(CurlTestLab.LAB_LEAF, none());
        server.enqueue(CurlTestLab.forbidden());
        lab.name("fmc.lab.test", "127.0.0.20");
        lab.route("127.0.0.20", 443, server);
        lab.files.put("/ngfw/etc/sf/keys/roots/a1b2c3d4.0", CurlTestLab.ROOT.certificatePem().getBytes(StandardCharsets.US_ASCII));

        CurlTestLab.Run good = lab.run(MODERN, "-sS", "--capath", "/ngfw/etc/sf/keys/roots", "https://fmc.lab.test/");
        CurlTestLab.Run empty = lab.run(MODERN, "-sS", "--capath", "/ngfw/etc/sf/keys/none", "https://fmc.lab.test/");
        CurlTestLab.Run missingFile = lab.run(MODERN, "-sS", "--cacert", "/no/such.pem", "https://fmc.lab.test/");

        assertEquals(0, good.exit(), good.err());
        assertEquals(60, empty.exit());
        assertEquals(77, missingFile.exit());
        assertEquals("curl: (77) error setting certificate file: /no/such.pem\n", missingFile.err());
    }

    @Test
    void maxTimeAlsoBoundsNameResolution() {
        lab.failures.put("gone.lab.test", HostResolver.Outcome.TIMED_OUT);
        CurlTestLab.Run run = lab.run(MODERN, "-sS", "-m", "1", "http://gone.lab.test/");
        assertEquals(28, run.exit());
        assertTrue(run.err().startsWith("curl: (28) Resolving timed out after "), run.err());
    }

    @Test
    void resolverGivingUpOnItsOwnIsCouldNotResolve() {
        lab.failures.put("slow.lab.test", HostResolver.Outcome.TIMED_OUT);
        lab.resolverGivesUpAfter = Duration.ofMillis(300);

        CurlTestLab.Run run = lab.run(MODERN, "-v", "http://slow.lab.test/");

        assertEquals(6, run.exit());
        assertEquals("""
                * Could not resolve host: slow.lab.test
                * Closing connection 0
                curl: (6) Could not resolve host: slow.lab.test
                """, run.err());
    }

    @Test
    void ctrlCDuringNameResolution() throws Exception {
        lab.failures.put("slow.lab.test", HostResolver.Outcome.TIMED_OUT);
        Curl curl = new Curl(lab.env(MODERN));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(curl::cancel, 200, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            CurlTestLab.Run run = CurlTestLab.run(curl, "-v", "http://slow.lab.test/");
            assertEquals(Curl.CANCELLED, run.exit());
            assertEquals("", run.err());
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 2000);
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void outputToAnUnwritablePathIs23() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        lab.route("192.0.2.40", 80, server);

        CurlTestLab.Run run = lab.run(MODERN, "-sS", "-o", "/nonexistent/x", "http://192.0.2.40/");

        assertEquals(23, run.exit());
        assertTrue(run.err().endsWith("curl: (23) Failure writing output to destination\n"), run.err());
    }

    @Test
    void writeOutTimingsAreSecondsWithMicroseconds() throws Exception {
        MockWebServer server = lab.http();
        server.enqueue(CurlTestLab.forbidden());
        lab.route("192.0.2.40", 80, server);

        CurlTestLab.Run run = lab.run(MODERN, "-s", "-o", "/dev/null", "-w", "%{time_total}|%{time_connect}|%{size_download}",
                "http://192.0.2.40/");

        assertTrue(run.out().matches("\\d+\\.\\d{6}\\|\\d+\\.\\d{6}\\|9"), run.out());
        assertTrue(run.result().timings().total().toNanos() > 0);
    }
}
