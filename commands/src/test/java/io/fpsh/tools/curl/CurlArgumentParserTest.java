package io.fpsh.tools.curl;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurlArgumentParserTest {

    private final CurlArgumentParser parser = new CurlArgumentParser();

    @Test
    void combinedShortFlagsAndGluedArguments() throws Exception {
        CurlOptions o = parser.parse(List.of("-sSfkvL", "-m5", "-XPOST", "-HX-A: 1", "https://h/"));
        assertTrue(o.silent && o.showError && o.failOnHttpError && o.insecure && o.verbose && o.followRedirects);
        assertEquals(5000, o.maxTimeMillis);
        assertEquals("POST", o.method);
        assertEquals(List.of("X-A: 1"), o.headers);
        assertEquals(List.of("https://h/"), o.urls);
    }

    @Test
    void longOptionsWithValues() throws Exception {
        CurlOptions o = parser.parse(List.of("--connect-timeout", "0.5", "--max-time", "20", "--max-redirs", "5",
                "--max-filesize", "104857600", "--capath", "/ngfw/etc/sf/keys/fireamp/thawte_roots", "--cacert", "/x.pem",
                "--resolve", "h:443:1.2.3.4", "-x", "proxy:3128", "-o", "/tmp/o", "-w", "%{http_code}", "-A", "ua",
                "-4", "-I", "-i", "--url", "http://u/"));
        assertEquals(500, o.connectTimeoutMillis);
        assertEquals(20000, o.maxTimeMillis);
        assertEquals(5, o.maxRedirects);
        assertEquals(104857600, o.maxFileSize);
        assertEquals("/ngfw/etc/sf/keys/fireamp/thawte_roots", o.caPath);
        assertEquals("/x.pem", o.caFile);
        assertEquals(List.of("h:443:1.2.3.4"), o.resolveEntries);
        assertEquals("proxy:3128", o.proxy);
        assertTrue(o.ipv4Only && o.headOnly && o.includeHeaders);
        assertEquals(List.of("http://u/"), o.urls);
    }

    @Test
    void curlsWordsForBadCommandLines() {
        CurlUsageException unknown = assertThrows(CurlUsageException.class, () -> parser.parse(List.of("--foo")));
        assertEquals(2, unknown.exitCode);
        assertEquals("curl: option --foo: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
                unknown.getMessage());
        CurlUsageException missing = assertThrows(CurlUsageException.class, () -> parser.parse(List.of("http://h/", "-m")));
        assertEquals("curl: option -m: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
                missing.getMessage());
        CurlUsageException notNumber = assertThrows(CurlUsageException.class,
                () -> parser.parse(List.of("--connect-timeout", "soon", "http://h/")));
        assertTrue(notNumber.getMessage().startsWith("curl: option --connect-timeout: expected a proper numerical parameter\n"));
    }
}
