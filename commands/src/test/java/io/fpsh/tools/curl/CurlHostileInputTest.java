package io.fpsh.tools.curl;

import io.fpsh.testkind.RealTool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile command lines and hostile servers: fpsh's curl must end as the real /usr/bin/curl 7.88.1 does (exit code,
 * stderr after masking), never print a Java stack trace, never hang past the tool's own timeout, and never hold a
 * huge body in memory. Only 127.0.0.1 is contacted.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@RealTool
class CurlHostileInputTest {

    private final CurlTestLab lab = new CurlTestLab();

    {
        lab.stdoutIsTerminal = false; // real curl runs with stdout piped to a file
    }
    @TempDir Path tmp;

    @BeforeEach
    void setUp() {
        Assumptions.assumeTrue(RealCurl.installed(), "real curl not installed");
        // fpsh's simulated filesystem has the same directory, with a file in it
        lab.files.put(tmp.resolve("already-there").toString(), new byte[0]);
    }

    @AfterEach
    void tearDown() {
        lab.close();
    }

    @Test
    void malformedUrls() throws Exception {
        int closed = CurlTestLab.closedPort();
        for (String url : new String[]{"http://", "http://exa mple.com/", "https://[::1", "http://[::1", "http://h/[a",
                "http://h/a[1-", "ftp2://x", "", " ", "http://127.0.0.1:" + closed + "/a\u0001b",
                "http://127.0.0.1:" + closed + "/a\tb", "http://127.0.0.1:" + closed + "/a\nb",
                "http://127.0.0.1:" + closed + "/a\u007fb", "http://127.0.0.1:" + closed + "/a b"}) {
            compare(url);
        }
        compare("-v", "http://");
        compare("-v", "ftp2://x");
        compare("-s", "https://[::1");
        compare("-sS", "http://exa mple.com/");
    }

    @Test
    void hundredKilobyteUrl() throws Exception {
        int closed = CurlTestLab.closedPort();
        compare("-sS", "http://127.0.0.1:" + closed + "/" + "a".repeat(100 * 1024));
    }

    @Test
    void badNumbersAndUnknownOrIncompleteOptions() throws Exception {
        String url = "http://127.0.0.1:" + CurlTestLab.closedPort() + "/";
        compare("-m", "-1", url);
        compare("-m", "abc", url);
        compare("-m", "", url);
        compare("--connect-timeout", "-1", url);
        compare("--connect-timeout", "1e9", url);
        compare("-m", "1e9", url);
        compare("--max-redirs", "-5", url);
        compare("--max-redirs", "-1", url);
        compare("--max-filesize", "-3", url);
        compare("--max-filesize", "abc", url);
        compare("--bogus", url);
        compare("-Z9", url);
        compare(url, "-o");
        compare(url, "--max-time");
    }

    @Test
    void badProxies() throws Exception {
        String url = "http://127.0.0.1:" + CurlTestLab.closedPort() + "/";
        compare("-x", "http://[bad", url);
        compare("-x", "http://exa mple:80", url);
        compare("-x", "http://127.0.0.1:99999", url);
        compare("-x", "ftp2://x", url);
        compare("-v", "-x", "http://[bad", url);
        compare("-x", "", url);
    }

    @Test
    void silentVerboseShowErrorFailMixes() throws Exception {
        String url = "http://127.0.0.1:" + CurlTestLab.closedPort() + "/";
        compare("-v", "-s", "-S", "-f", url);
        compare("-vsSf", url);
        compare("-s", "-v", url);
        compare("-sS", "-v", "-f", "-s", url);
        compare("-S", "-s", url);
    }

    @Test
    void outputToADirectoryOrAMissingOne() throws Exception {
        try (HostileHttpServer server = served(HostileHttpServer.raw(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello".getBytes(StandardCharsets.US_ASCII)))) {
            String url = "http://127.0.0.1:" + server.port() + "/";
            compare("-o", tmp.toString(), url);
            compare("-o", "/nonexistent/x", url);
            compare("-s", "-o", tmp.toString(), url);
        }
    }

    @Test
    void maxFilesizeZeroMeansNoLimit() throws Exception {
        try (HostileHttpServer server = served(HostileHttpServer.raw(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello".getBytes(StandardCharsets.US_ASCII)))) {
            String url = "http://127.0.0.1:" + server.port() + "/";
            compare("--max-filesize", "0", url);
            compare("--max-filesize", "4", url);
        }
    }

    @Test
    void garbageInsteadOfHttp() throws Exception {
        byte[] garbage = "\u0000\u0001garbage \u00ff\u00fe not http at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        try (HostileHttpServer server = served(HostileHttpServer.raw(garbage))) {
            compare("-v", "http://127.0.0.1:" + server.port() + "/");
            compare("-sS", "http://127.0.0.1:" + server.port() + "/");
        }
    }

    @Test
    void headersThatNeverEnd() throws Exception {
        try (HostileHttpServer server = served(HostileHttpServer.endlessHeaders())) {
            String[] argv = {"-sS", "http://127.0.0.1:" + server.port() + "/"};
            RealCurl.Outcome real = RealCurl.run(tmp, argv);
            CurlTestLab.Run fpsh = lab.run(CurlDialect.MODERN, argv);
            assertEquals(56, real.exit(), real.err());
            assertEquals(real.exit(), fpsh.exit(), fpsh.err());
            // curl stops at its 300 KB limit, fpsh at OkHttp's 256 KiB one: same words, the sizes differ
            String words = "curl: (56) Too large response headers: ";
            assertTrue(real.err().startsWith(words), real.err());
            assertTrue(fpsh.err().startsWith(words), fpsh.err());
            assertNoStackTrace(fpsh);
        }
    }

    @Test
    void gigabyteBodyOverMaxFilesizeStopsAtTheHeaders() throws Exception {
        try (HostileHttpServer server = served(HostileHttpServer.generatedBody(1L << 30, 0))) {
            long start = System.nanoTime();
            compare("--max-filesize", "10000", "http://127.0.0.1:" + server.port() + "/");
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10, "63 comes right after the headers");
        }
    }

    @Test
    void gigabyteBodyCutByMaxTimeIsStreamedNotBuffered() throws Exception {
        // ~64 MB/s: the body cannot finish within -m 2
        try (HostileHttpServer server = served(HostileHttpServer.generatedBody(1L << 30, 1))) {
            String url = "http://127.0.0.1:" + server.port() + "/";
            RealCurl.Outcome real = RealCurl.run(tmp, "-sS", "-o", "/dev/null", "-m", "2", url);
            assertEquals(28, real.exit(), real.err());

            CountingStream stdout = new CountingStream();
            String err = runFpsh(new PrintStream(stdout, false), "-sS", "-m", "2", url);
            assertEquals(masked(real.err()), masked(err));
            long shown = Long.parseLong(err.replaceAll("(?s).* with (\\d+) out of.*", "$1"));
            assertTrue(shown > 0, err);
            assertEquals(shown, stdout.count.get(), "every byte received went straight to stdout");
        }
    }

    @Test
    void gigabyteBodyToAFileThatCannotBeWrittenFailsAtTheFirstByte() throws Exception {
        try (HostileHttpServer server = served(HostileHttpServer.generatedBody(1L << 30, 0))) {
            long start = System.nanoTime();
            compare("-o", "/nonexistent/x", "http://127.0.0.1:" + server.port() + "/");
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10, "23 before the body is read");
            CountingStream stdout = new CountingStream();
            String err = runFpsh(new PrintStream(stdout, false), "-s", "-o", "/dev/null", "-m", "1",
                    "http://127.0.0.1:" + server.port() + "/");
            assertEquals("", err);
            assertEquals(0, stdout.count.get(), "-o /dev/null discards");
        }
    }

    // ------------------------------------------------------------------ harness

    private HostileHttpServer served(HostileHttpServer.Reply reply) throws IOException {
        HostileHttpServer server = new HostileHttpServer(reply);
        lab.route("127.0.0.1", server.port(), server.endpoint());
        return server;
    }

    private void compare(String... argv) throws Exception {
        RealCurl.Outcome real = RealCurl.run(tmp, argv);
        CurlTestLab.Run fpsh = lab.run(CurlDialect.MODERN, argv);
        String label = String.join(" ", argv);
        label = label.length() > 200 ? label.substring(0, 200) + "..." : label;
        assertEquals(real.exit(), fpsh.exit(), label + "\nreal stderr:\n" + real.err() + "\nfpsh stderr:\n" + fpsh.err());
        assertEquals(masked(real.out()), masked(fpsh.out()), label + " (stdout)");
        assertEquals(masked(real.err()), masked(fpsh.err()), label + " (stderr)");
        assertNoStackTrace(fpsh);
    }

    private String runFpsh(PrintStream out, String... argv) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Curl curl = new Curl(lab.env(CurlDialect.MODERN));
        curl.execute(Arrays.asList(argv), out, new PrintStream(err, true));
        String text = err.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\tat ") || text.contains("Exception") || text.contains("Error:"), text);
        return text;
    }

    private static void assertNoStackTrace(CurlTestLab.Run run) {
        for (String text : new String[]{run.out(), run.err()}) {
            assertFalse(text.contains("\tat ") || text.contains("Exception") || text.contains("OutOfMemory"), text);
        }
    }

    /** The differential mask, plus byte counts that depend on how fast loopback was. */
    private static String masked(String text) {
        return CurlDifferentialTest.mask(text).replaceAll("with \\d+ out of \\d+ bytes", "with N out of M bytes")
                .replaceAll("(?m)^(.{3} .{5}  .{3} ).{5}(  .{3} .{5} \\[speeds and times])", "$1RECVD$2");
    }

    /** A stdout that keeps nothing, only counts. */
    private static final class CountingStream extends OutputStream {
        final AtomicLong count = new AtomicLong();
        @Override public void write(int b) { count.incrementAndGet(); }
        @Override public void write(byte[] b, int off, int len) { count.addAndGet(len); }
    }
}
