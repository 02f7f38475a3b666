package io.fpsh.probe;

import io.fpsh.ftd.CanConnectLog;
import io.fpsh.ftd.ConnectorLog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A device's log that holds a credential (a canConnect run through an authenticating proxy, a Go error quoting a URL
 * with its password): the record the log probes read keeps it masked, as the evidence does, since both are printed.
 */
class LogProbeSecretsTest {
    private static final String PASSWORD = "Pr0xy2020";

    @Test
    void aCanConnectRunThroughAnAuthenticatingProxyKeepsItsPasswordMasked() throws Exception {
        String line = "ActionQueueScrape.pl[19094]: [SF::SSE::Enrollment] canConnect: System (/usr/bin/curl -s -m 20 -x "
                + "http://proxyuser:" + PASSWORD + "@192.0.2.50:3128 -U proxyuser:" + PASSWORD + " "
                + "https://reader:" + PASSWORD + "@api-sse.cisco.com/providers/sse/api/v1/regions) Failed, curl returned 56 "
                + "at /ngfw/usr/local/sf/lib/perl/5.10.1/SF/System.pmline 10477.";
        CanConnectLog log = new ActionQueueLogProbe().parse(new ProbeOutput(line + "\n", 0), List.of());

        CanConnectLog.Run run = log.runs().get(0);
        assertFalse(log.toString().contains(PASSWORD), log::toString);
        assertEquals("/usr/bin/curl -s -m 20 -x http://proxyuser:****@192.0.2.50:3128 -U proxyuser:**** "
                + "https://reader:****@api-sse.cisco.com/providers/sse/api/v1/regions", run.command());
        assertEquals("https://reader:****@api-sse.cisco.com/providers/sse/api/v1/regions", run.url());
        assertEquals(56, run.curlReturnCode());
    }

    @Test
    void aConnectorErrorQuotingAUrlWithItsPasswordKeepsItMasked() throws Exception {
        String line = "time=\"2020-04-13T19:34:02.884720460Z\" level=error msg=\"[firepower][events.go:90 "
                + "events:connectWebSocket] Get https://reader:" + PASSWORD + "@api-sse.cisco.com/: dial tcp "
                + "192.0.2.20:443: getsockopt: connection timed out\"";
        ConnectorLog log = new ConnectorLogProbe().parse(new ProbeOutput(line + "\n", 0), List.of());

        ConnectorLog.Entry entry = log.entries().get(0);
        assertFalse(log.toString().contains(PASSWORD), log::toString);
        assertEquals("Get https://reader:****@api-sse.cisco.com/: dial tcp 192.0.2.20:443: getsockopt: connection timed out",
                entry.message());
        assertEquals(new ConnectorLog.GoNetError("dial", null, null, "192.0.2.20:443", "connection timed out"), entry.error());

        ConnectorLog odd = new ConnectorLogProbe().parse(new ProbeOutput("panic: https://reader:" + PASSWORD + "@x/\n", 0),
                List.of());
        assertEquals("panic: https://reader:****@x/", odd.entries().get(0).message());
    }
}
