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
        String yaml = Files.readString(LabLoaderTest.shippedLab(lab));
        assertTrue(yaml.contains(original), "the lab has changed: no '" + original + "'");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml.replace(original, replacement));
        LabException error = assertThrows(LabException.class, () -> new LabLoader().load(file));
        String message = error.getMessage();
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.startsWith(file.toString()), message);
        return message.substring(file.toString().length());
    }

    @Test
    void everyShippedLabLoads() throws Exception {
        for (String line : Files.readAllLines(LabLoaderTest.shippedLab("ftd01-dns").resolveSibling("INDEX"))) {
            String name = line.split("\t")[0];
            assertEquals(name, new LabLoader(new LabCache(dir.resolve("cache"))).load(LabLoaderTest.shippedLab(name)).name());
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
    void eventHandlerSocket() throws Exception {
        assertEquals(":60: field 'connector.eventHandlerSocket': must be one of [connected, listening] (got 'closed')",
                errorWith("ftd01-no-events", "eventHandlerSocket: listening", "eventHandlerSocket: closed"));
    }
}
