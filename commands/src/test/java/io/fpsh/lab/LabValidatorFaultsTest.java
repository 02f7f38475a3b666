package io.fpsh.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks on the fault fields: each mistake is one line naming file, line and field. */
class LabValidatorFaultsTest {
    @TempDir
    Path dir;

    /** A shipped lab with one text replaced (which must be there), loaded; the error without the file name. */
    private String errorWith(String lab, String original, String replacement) throws IOException {
        return BrokenLab.errorWith(dir, lab, original, replacement);
    }

    @Test
    void everyShippedLabLoads() throws Exception {
        for (String line : Files.readAllLines(io.fpsh.sim.FastLab.shippedLab("ftd01-dns").resolveSibling("INDEX"))) {
            String name = line.split("\t")[0];
            assertEquals(name, new LabLoader(new LabCache(dir.resolve("cache"))).load(io.fpsh.sim.FastLab.shippedLab(name)).name());
        }
    }

    @Test
    void hostDnsFault() throws Exception {
        assertEquals(":66: field 'network.hosts.dns': must be one of [answer, nxdomain, refused, servfail] (got 'nxdomian')",
                errorWith("ftd01-nxdomain", "dns: nxdomain}", "dns: nxdomian}"));
    }

    @Test
    void hostPort443() throws Exception {
        assertEquals(":66: field 'network.hosts.tcp443': must be one of [drop, open, reject] (got 'blocked')",
                errorWith("ftd01-port-reject", "tcp443: reject}", "tcp443: blocked}"));
    }

    @Test
    void internet() throws Exception {
        assertTrue(errorWith("ftd01-dns", "network:\n", "network:\n  internet: sideways\n")
                .startsWith(":64: field 'network.internet': must be one of [drop, reject, unreachable]"));
    }

    @Test
    void slowDnsNeedsItsDelayAndOnlyItHasOne() throws Exception {
        assertEquals(":66: field 'network.dnsServers.behaviour': 'slow' needs delayMs (milliseconds before each answer)",
                errorWith("ftd01-slow-dns", "behaviour: slow, delayMs: 2500}", "behaviour: slow}"));
        assertEquals(":66: field 'network.dnsServers.delayMs': only for behaviour 'slow' (got 'delayMs: 2500')",
                errorWith("ftd01-slow-dns", "behaviour: slow, delayMs: 2500}", "behaviour: answer, delayMs: 2500}"));
        assertEquals(":66: field 'network.dnsServers.delayMs': must be 1..60000 (got 'delayMs: 0')",
                errorWith("ftd01-slow-dns", "delayMs: 2500}", "delayMs: 0}"));
    }

    @Test
    void endpointBehaviour() throws Exception {
        assertEquals(":80: field 'network.endpoints.behaviour': must be one of [answer, close, plain-http, silent] (got 'mute')",
                errorWith("ftd01-silent-server", "behaviour: silent\n", "behaviour: mute\n"));
    }

    @Test
    void clockSkew() throws Exception {
        assertEquals(":9: field 'clock.deviceSkewDays': must be within -36500..36500 (got '99999')",
                errorWith("ftd01-clock-skew", "deviceSkewDays: 730", "deviceSkewDays: 99999"));
        assertTrue(errorWith("ftd01-clock-skew", "deviceSkewDays: 730", "deviceSkewDays: soon")
                .startsWith(":9: field 'clock.deviceSkewDays':"));
    }

    @Test
    void labProxy() throws Exception {
        String proxy = "proxy: {address: 192.0.2.50, port: 3128, user: proxyuser, password: Pr0xy2020}";
        assertEquals(":69: field 'network.proxy.address': not an IPv4 address: 'proxy.example'",
                errorWith("ftd01-proxy", proxy, proxy.replace("192.0.2.50", "proxy.example")));
        assertEquals(":69: field 'network.proxy.port': must be a TCP port (got 'port: 70000')",
                errorWith("ftd01-proxy", proxy, proxy.replace("3128", "70000")));
        assertEquals(":69: field 'network.proxy.user': 'proxyuser' needs a password (network.proxy.password)",
                errorWith("ftd01-proxy", proxy, proxy.replace(", password: Pr0xy2020", "")));
        // the password is never shown, and its line is the proxy's, not the first account's password
        assertEquals(":69: field 'network.proxy.password': needs a user (network.proxy.user)",
                errorWith("ftd01-proxy", proxy, proxy.replace("user: proxyuser, ", "")));
        assertEquals(":69: field 'network.proxy.user': must not hold a colon (Basic credentials are user:password) (got 'a:b')",
                errorWith("ftd01-proxy", proxy, proxy.replace("user: proxyuser", "user: 'a:b'")));
    }

    @Test
    void tlsInspectionSubject() throws Exception {
        String badSubject = errorWith("ftd01-tls-inspection", "subject: \"C=US, O=Example Corp,", "subject: \"XX=US, O=Example Corp,");
        assertTrue(badSubject.startsWith(":69: field 'network.tlsInspection.subject': 'XX=US, O=Example Corp, CN=Example Corp TLS Inspection CA' "
                        + "is not a distinguished name"), badSubject);
        String noSubject = errorWith("ftd01-tls-inspection", "tlsInspection: {subject: \"C=US, O=Example Corp, CN=Example Corp TLS Inspection CA\", ",
                "tlsInspection: {");
        assertTrue(noSubject.equals(":69: field 'network.tlsInspection': needs subject, the distinguished name of the middlebox's own CA"), noSubject);
    }

    @Test
    void eventHandlerSocket() throws Exception {
        assertEquals(":60: field 'connector.eventHandlerSocket': must be one of [connected, listening] (got 'closed')",
                errorWith("ftd01-no-events", "eventHandlerSocket: listening", "eventHandlerSocket: closed"));
    }

    @Test
    void aDaemonsStateIsRunningOrDisabled() throws Exception {
        assertEquals(":63: field 'processes.state': must be one of [disabled, running] (got 'stopped')",
                errorWith("ftd01-connector-down", "state: disabled}", "state: stopped}"));
    }
}
