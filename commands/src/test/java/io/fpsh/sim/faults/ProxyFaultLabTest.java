package io.fpsh.sim.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.fpsh.sim.faults.FaultLab.ACTION_QUEUE;
import static io.fpsh.sim.faults.FaultLab.CAN_CONNECT;
import static io.fpsh.sim.faults.FaultLab.CONNECTOR_LOG;
import static io.fpsh.sim.faults.FaultLab.assertHas;
import static io.fpsh.sim.faults.FaultLab.assertHasNot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ftd01-proxy: the firewall lets only the proxy out. Broken until {@code configure network http-proxy} gives the
 * daemons the proxy and its credentials; the device's curl needs {@code -x} (root's shell has no proxy variable).
 * canConnect runs every second here, so "its next run" is a short wait.
 */
@Timeout(30)
class ProxyFaultLabTest {
    private static final String API = "https://api-sse.cisco.com";
    private static final String REGIONS = API + "/providers/sse/api/v1/regions";
    private static final String PROXY = "http://proxyuser:Pr0xy2020@192.0.2.50:3128";

    @TempDir
    Path dir;

    private FaultLab open() {
        return FaultLab.open(dir, "ftd01-proxy", yaml -> yaml.replace("canConnectIntervalSeconds: 60", "canConnectIntervalSeconds: 1"));
    }

    @Test
    void brokenUntilTheProxyIsConfigured() {
        try (FaultLab lab = open()) {
            lab.asRoot();
            lab.run("curl -s -S --connect-timeout 1 " + API, 28);
            lab.run(CAN_CONNECT + REGIONS, 28);
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 28 at");
            assertHas(lab.out("tail -n 1 " + CONNECTOR_LOG), "dial tcp 198.51.100.2", ":443: getsockopt: connection timed out");
            toClish(lab);

            lab.run("configure network http-proxy", 0, "192.0.2.50", "3128", "y", "proxyuser", "Pr0xy2020", "Pr0xy2020");
            assertHas(lab.out("show network"), "HTTP Proxy Address        : 192.0.2.50", "HTTP Proxy Port           : 3128");

            lab.asRoot();
            // the setting is for the daemons: the shell's curl still goes direct
            lab.run("curl -s -S --connect-timeout 1 " + API, 28);
            String trace = lab.run("curl -v -x " + PROXY + " " + API + " --cacert /ngfw/etc/ssl/connectorCA.pem", 0).stderr();
            assertHas(trace,
                    "* Connected to 192.0.2.50 (192.0.2.50) port 3128 (#0)",
                    "* Establish HTTP proxy tunnel to api-sse.cisco.com:443",
                    "* Proxy auth using Basic with user 'proxyuser'",
                    "> CONNECT api-sse.cisco.com:443 HTTP/1.1",
                    "> Proxy-Authorization: Basic cHJveHl1c2VyOlByMHh5MjAyMA==",
                    "< HTTP/1.1 200 Connection established",
                    "SSL certificate verify ok.",
                    "< HTTP/1.1 403 Forbidden");

            String failuresSoFar = lab.out("grep -c Failed " + ACTION_QUEUE);
            lab.advance(Duration.ofMillis(2_100)); // two canConnect runs, both through the proxy
            assertEquals(failuresSoFar, lab.out("grep -c Failed " + ACTION_QUEUE), "canConnect still failing");
            lab.out("pmtool restartbyid SSEConnector"); // the connector dials at once, not at its next retry
            assertHas(lab.out("tail -n 1 " + CONNECTOR_LOG), "level=info", "websocket connected to wss://eventing-ingest.sse.itd.cisco.com"
                    + "/events (192.0.2.50:3128)");
            assertHas(lab.out("lsof -i | grep conn"), "->192.0.2.50:3128 (ESTABLISHED)");
        }
    }

    @Test
    void wrongProxyPasswordIsA407() {
        try (FaultLab lab = open()) {
            lab.run("configure network http-proxy", 0, "192.0.2.50", "3128", "y", "proxyuser", "wrong", "wrong");
            assertHas(lab.out("show network"), "Authentication            : Enabled");
            lab.asRoot();
            assertHas(lab.run("curl -s -S -x http://proxyuser:wrong@192.0.2.50:3128 " + API, 56).stderr(),
                    "curl: (56) Received HTTP code 407 from proxy after CONNECT");
            assertHas(lab.run("curl -s -S -x http://192.0.2.50:3128 " + API, 56).stderr(),
                    "curl: (56) Received HTTP code 407 from proxy after CONNECT");
            lab.advance(Duration.ofMillis(1_100));
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 56 at");
            lab.out("pmtool restartbyid SSEConnector"); // the connector dials at once, not at its next retry
            assertHas(lab.out("tail -n 1 " + CONNECTOR_LOG), "level=error", "Proxy Authentication Required");
            assertHasNot(lab.out("lsof -i | grep conn"), "ESTABLISHED");
        }
    }

    private static void toClish(FaultLab lab) {
        lab.run("exit", 0);
        lab.run("exit", 0);
    }
}
