package io.fpsh.probe;

import io.fpsh.testing.SharedReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The curl probe's reader on the real curl 7.88.1's {@code -v} text (shared/reference/tool-transcripts: every
 * {@code curl -v} case, its stderr followed by the exit marker the probe's line echoes) and on curl 7.44's, as the
 * guide shows it from a 6.x FTD. Every case is checked against what its own text says; the cases that show each
 * kind of ending are checked field by field.
 */
class CurlProbeTranscriptTest {
    private static final String LAB_LEAF = "C=US; O=fpsh reference lab; CN=fmc.lab.test";
    private static final String LAB_CA = "C=US; O=fpsh reference lab; CN=Lab Test Root CA";
    private static final String SELF = "C=US; O=fpsh reference lab; CN=selfsigned.lab.test";
    private static final String START = "2026-11-28T03:59:57Z";
    private static final String EXPIRE = "2029-03-02T03:59:57Z";

    static Stream<Path> verboseCurlCases() throws IOException {
        try (Stream<Path> cases = Files.list(SharedReference.transcripts())) {
            return cases.filter(c -> Files.isRegularFile(c.resolve("cmd"))).filter(c -> {
                String cmd = read(c, "cmd");
                return cmd.startsWith("curl -v ");
            }).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("verboseCurlCases")
    void everyVerboseCaseReadsAsItsTextSays(Path dir) throws Exception {
        String stderr = read(dir, "stderr");
        CurlCheck check = read(dir);
        List<String> lines = stderr.lines().toList();
        assertEquals(Integer.parseInt(read(dir, "rc").strip()), check.exitCode());
        assertEquals(lines.stream().anyMatch(l -> l.startsWith("* Connected to ")), check.connected());
        if (check.resolvedAddress() != null) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("*   Trying " + check.resolvedAddress() + ":")), dir::toString);
        } else {
            assertFalse(stderr.contains("Trying"));
        }
        if (check.connected()) {
            assertTrue(stderr.contains("(" + check.connectedAddress() + ") port " + check.connectedPort() + " "));
        }
        assertEquals(stderr.contains("< HTTP/"), check.httpStatus() != null);
        assertEquals(stderr.contains("SSL connection using"), check.tlsVersion() != null);
        assertEquals(stderr.contains("SSL certificate verify") || stderr.contains("SSL certificate problem"),
                check.verifyResult() != null);
        if (check.verifyResult() != null) {
            assertTrue(stderr.contains(check.verifyResult()));
        }
    }

    @Test
    void readsEachKindOfEndingFieldByField() throws Exception {
        assertCase("a4-cacert-v", 0, "127.0.0.20", "127.0.0.20", 443, "TLSv1.3", "TLS_AES_256_GCM_SHA384", LAB_LEAF, LAB_CA,
                "ok", 0, 403);
        assertCase("a9-full-v-k", 0, "127.0.0.30", "127.0.0.30", 443, "TLSv1.3", "TLS_AES_256_GCM_SHA384", LAB_LEAF, LAB_CA,
                "unable to get local issuer certificate", 20, 403);
        assertCase("a8-tls12-ok-v", 0, "127.0.0.22", "127.0.0.22", 443, "TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", LAB_LEAF,
                LAB_CA, "unable to get local issuer certificate", 20, 403);
        assertCase("a4-selfsigned-k-v", 0, "127.0.0.21", "127.0.0.21", 443, "TLSv1.3", "TLS_AES_256_GCM_SHA384", SELF, SELF,
                "self-signed certificate", 18, 403);
        assertCase("a4-expired-v", 60, "127.0.0.26", "127.0.0.26", 443, null, null, null, null,
                "certificate has expired", null, null);
        assertCase("a8-closes-v", 35, "127.0.0.24", "127.0.0.24", 443, null, null, null, null, null, null, null);
        assertCase("a9-full-v-http", 0, "127.0.0.10", "127.0.0.10", 80, null, null, null, null, null, null, 403);
        assertCase("a6-loop-v", 47, "127.0.0.1", "127.0.0.1", 8080, null, null, null, null, null, null, 302);
        assertCase("a3-connect-timeout-v", 28, "127.0.0.2", null, null, null, null, null, null, null, null, null);
        assertCase("a2-refused-name-v", 7, "127.0.0.10", null, null, null, null, null, null, null, null, null);
        assertCase("a1-nxdomain-https-v", 6, null, null, null, null, null, null, null, null, null, null);
    }

    /** curl 7.44 on a 6.5 FTD, from the guide (its PDF copy: a space before each line end, one after "*"). */
    @Test
    void readsTheDevicesCurl744AsTheGuideShowsIt() throws Exception {
        String guide = """
                * Rebuilt URL to: https://api-sse.cisco.com/\s
                * Trying x.x.x.66...\s
                * Connected to api-sse.cisco.com (x.x.x.66) port 443 (#0)\s
                * ALPN, offering http/1.1\s
                * successfully set certificate verify locations:\s
                * CAfile: none\s
                CApath: /etc/ssl/certs\s
                * TLSv1.2 (OUT), TLS handshake, Client hello (1):\s
                * TLSv1.2 (IN), TLS handshake, Finished (20):\s
                * SSL connection using TLSv1.2 / ECDHE-RSA-AES128-GCM-SHA256\s
                * ALPN, server accepted to use http/1.1\s
                * Server certificate:\s
                * subject: C=US; ST=California; L=San Jose; O=Cisco Systems, Inc.; CN=api-sse.cisco.com\s
                * start date: 2019-12-03 20:57:56 GMT\s
                * expire date: 2021-12-03 21:07:00 GMT\s
                * issuer: C=US; O=HydrantID (Avalanche Cloud Corporation); CN=HydrantID SSL ICA G2\s
                * SSL certificate verify result: self signed certificate in certificate chain (19), continuing anyway.\s
                > GET / HTTP/1.1\s
                > Host: api-sse.cisco.com\s
                >\s
                < HTTP/1.1 403 Forbidden\s
                < Date: Wed, 08 Apr 2020 01:27:55 GMT\s
                <\s
                * Connection #0 to host api-sse.cisco.com left intact
                curl-exit=0
                """;
        CurlCheck check = new CurlProbe().parse(new ProbeOutput(guide, 0), List.of("https://api-sse.cisco.com"));
        assertEquals(new CurlCheck("https://api-sse.cisco.com", null, 0, "x.x.x.66", true, "x.x.x.66", 443, "TLSv1.2",
                "ECDHE-RSA-AES128-GCM-SHA256", "C=US; ST=California; L=San Jose; O=Cisco Systems, Inc.; CN=api-sse.cisco.com",
                "C=US; O=HydrantID (Avalanche Cloud Corporation); CN=HydrantID SSL ICA G2", "2019-12-03T20:57:56Z",
                "2021-12-03T21:07:00Z", "self signed certificate in certificate chain", 19, 403, null, null,
                "2020-04-08T01:27:55Z"), check);

        String unresolved = """
                * Rebuilt URL to: https://api-sse.cisco.com/\s
                * getaddrinfo(3) failed for api-sse.cisco.com:443\s
                * Couldn't resolve host 'api-sse.cisco.com'\s
                * Closing connection 0\s
                curl: (6) Couldn't resolve host 'api-sse.cisco.com'
                curl-exit=6
                """;
        CurlCheck failed = new CurlProbe().parse(new ProbeOutput(unresolved, 0), List.of("https://api-sse.cisco.com"));
        assertEquals(6, failed.exitCode());
        assertNull(failed.resolvedAddress());
        assertFalse(failed.connected());
    }

    @Test
    void aLineCutShortIsAParseErrorNamingTheLastLine() {
        ProbeParseException e = org.junit.jupiter.api.Assertions.assertThrows(ProbeParseException.class,
                () -> new CurlProbe().parse(new ProbeOutput("*   Trying 198.51.100.66...\n", 0), List.of("https://x.test")));
        assertEquals("curl: line 1: no 'curl-exit=' line: curl did not run to its end: '*   Trying 198.51.100.66...'",
                e.getMessage());
    }

    @Test
    void theLineSentQuotesTheUrlForBash() {
        assertEquals("curl -v -sS -k -o /dev/null --max-time 15 'https://h.test/a'\\''b;reboot' 2>&1; echo \"curl-exit=$?\"",
                new CurlProbe().command(List.of("https://h.test/a'b;reboot")));
    }

    @Test
    void readsWhyAHandshakeFailedAndTheServersDate() throws Exception {
        assertEquals("OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to closes.lab.test:443",
                read(SharedReference.transcripts().resolve("a8-closes-v")).tlsError());
        CurlCheck answered = read(SharedReference.transcripts().resolve("a4-cacert-v"));
        assertNull(answered.tlsError());
        assertEquals(java.time.Instant.parse(answered.serverDate()).toString(), answered.serverDate());
        assertNull(read(SharedReference.transcripts().resolve("a1-nxdomain-https-v")).serverDate());
    }

    @Test
    void theCaFileOptionReplacesMinusKAndIsKeptInTheRecord() throws Exception {
        CurlProbe probe = new CurlProbe();
        List<String> args = List.of(CurlProbe.CACERT, CurlProbe.CONNECTOR_CA, "https://est.sco.cisco.com");
        probe.checkArguments(args);
        assertEquals("curl -v -sS --cacert '/ngfw/etc/ssl/connectorCA.pem' -o /dev/null --max-time 15 "
                + "'https://est.sco.cisco.com' 2>&1; echo \"curl-exit=$?\"", probe.command(args));
        assertTrue(probe.command(List.of("https://est.sco.cisco.com")).contains(" -k "));
        String text = read(SharedReference.transcripts().resolve("a4-expired-v"), "stderr") + CurlProbe.EXIT_MARKER + "60\n";
        CurlCheck check = probe.parse(new ProbeOutput(text, 0), args);
        assertEquals(CurlProbe.CONNECTOR_CA, check.caFile());
        assertEquals("certificate has expired", check.verifyResult());
        assertNull(probe.parse(new ProbeOutput(text, 0), List.of("https://est.sco.cisco.com")).caFile());
        for (List<String> bad : List.of(List.of(CurlProbe.CACERT), List.of(CurlProbe.CACERT, "https://h.test/"),
                List.of(CurlProbe.CACERT, "relative.pem", "https://h.test/"))) {
            org.junit.jupiter.api.Assertions.assertThrows(ProbeUsageException.class, () -> probe.checkArguments(bad),
                    bad::toString);
        }
    }

    @Test
    void argumentsThatAreNotAUrlAndAProxyAreRefusedWithoutEchoingAPassword() {
        CurlProbe probe = new CurlProbe();
        ProbeUsageException notUrl = org.junit.jupiter.api.Assertions.assertThrows(ProbeUsageException.class,
                () -> probe.checkArguments(List.of("ftp://u:Secr3t@h.test/")));
        assertEquals("curl: not an http:// or https:// URL: ftp://u:****@h.test/", notUrl.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(ProbeUsageException.class,
                () -> probe.checkArguments(List.of("https://h.test/a b")));
        org.junit.jupiter.api.Assertions.assertThrows(ProbeUsageException.class, () -> probe.checkArguments(List.of()));
        org.junit.jupiter.api.Assertions.assertThrows(ProbeUsageException.class,
                () -> probe.checkArguments(List.of("https://h.test/", "proxy:3128", "more")));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                () -> probe.checkArguments(List.of("https://api-sse.cisco.com", "http://proxyuser:p@192.0.2.50:3128")));
    }

    private static void assertCase(String name, int exit, String resolved, String address, Integer port, String tls,
                                   String cipher, String subject, String issuer, String verify, Integer code, Integer status)
            throws IOException, ProbeParseException {
        Path dir = SharedReference.transcripts().resolve(name);
        CurlCheck check = read(dir);
        boolean tlsDone = tls != null;
        String tlsError = exit == 35 ? check.tlsError() : null;
        assertEquals(new CurlCheck(url(dir), null, exit, resolved, address != null, address, port, tls, cipher, subject,
                issuer, tlsDone ? START : null, tlsDone ? EXPIRE : null, verify, code, status, null, tlsError, null),
                check.timeless(), name);
        assertNotNull(check);
    }

    private static CurlCheck read(Path dir) throws IOException, ProbeParseException {
        String text = read(dir, "stderr") + CurlProbe.EXIT_MARKER + read(dir, "rc").strip() + "\n";
        return new CurlProbe().parse(new ProbeOutput(text, 0), List.of(url(dir)));
    }

    private static String url(Path dir) {
        String[] words = read(dir, "cmd").strip().split(" ");
        return words[words.length - 1];
    }

    private static String read(Path dir, String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
