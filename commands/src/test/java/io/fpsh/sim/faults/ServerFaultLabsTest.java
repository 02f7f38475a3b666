package io.fpsh.sim.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.fpsh.sim.faults.FaultLab.ACTION_QUEUE;
import static io.fpsh.sim.faults.FaultLab.CONNECTOR_LOG;
import static io.fpsh.sim.faults.FaultLab.assertHas;
import static io.fpsh.sim.faults.FaultLab.assertHasNot;

/** Port 443 rejected, and servers that stall, hang up, speak plain HTTP or redirect in a loop. */
@Timeout(10)
class ServerFaultLabsTest {
    private static final String API = "https://api-sse.cisco.com";
    private static final String REGIONS = API + "/providers/sse/api/v1/regions";

    @TempDir
    Path dir;

    @Test
    void rejectedPortIsConnectionRefused() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-port-reject").asRoot()) {
            assertHas(lab.run("curl -s -S " + API, 7).stderr(), "curl: (7) Failed to connect to api-sse.cisco.com port 443");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 7 at");
        }
    }

    @Test
    void silentServerTimesOutUnderMaxTime() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-silent-server").asRoot()) {
            assertHas(lab.run("curl -s -S -m 1 " + API, 28).stderr(), "curl: (28) ");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 28 at");
        }
    }

    @Test
    void serverThatHangsUpFailsTheHandshake() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-tls-close").asRoot()) {
            // the device's curl 7.44 words it so; a modern curl says SSL_ERROR_SYSCALL
            assertHas(lab.run("curl -s -S " + API, 35).stderr(), "curl: (35) Unknown SSL protocol error in connection to api-sse.cisco.com:443");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 35 at");
        }
    }

    @Test
    void serverThatHangsUpOverPlainHttpIsAnEmptyReply() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-tls-close").asRoot()) {
            assertHas(lab.run("curl -s -S http://api-sse.cisco.com/", 52).stderr(), "curl: (52) Empty reply from server");
        }
    }

    @Test
    void plainHttpToAnAnsweringHostStaysUnreachable() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-dns").asRoot()) {
            // only hang-up endpoints listen on port 80: elsewhere the SYN is still dropped
            assertHas(lab.run("curl -s -S --connect-timeout 1 http://api-sse.cisco.com/", 28).stderr(), "curl: (28) ");
        }
    }

    @Test
    void plainHttpOnTheTlsPortFailsTheHandshake() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-plain-http").asRoot()) {
            assertHas(lab.run("curl -s -S " + API, 35).stderr(), "curl: (35) ");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 35 at");
        }
    }

    @Test
    void redirectLoopStopsAtMaxRedirs() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-redirect-loop").asRoot()) {
            assertHas(lab.run("curl -s -S -L --max-redirs 5 -k " + REGIONS, 47).stderr(), "curl: (47) Maximum (5) redirects followed");
            assertHas(lab.run("curl -s -S -k -i " + REGIONS, 0).stdout(), "HTTP/1.1 302 Found", "Location: /providers/sse/api/v1/regions");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 47 at");
            // the websocket goes to eventing-ingest, which is fine
            assertHas(lab.out("tail -n 1 " + CONNECTOR_LOG), "websocket connected");
        }
    }

    @Test
    void expiredCertificate() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-cert-expired").asRoot()) {
            assertHas(lab.run("curl -s -S --cacert /ngfw/etc/ssl/connectorCA.pem " + API, 60).stderr(),
                    "curl: (60) SSL certificate problem: certificate has expired");
            assertHas(lab.run("curl -v -k " + API, 0).stderr(), "expire date: 2020-03-01 00:00:00 GMT");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 60 at");
            assertHas(lab.out("tail -n 1 " + CONNECTOR_LOG), "x509: certificate has expired or is not yet valid");
            assertHasNot(lab.out("lsof -i | grep conn"), "ESTABLISHED");
        }
    }

    @Test
    void certificateNotYetValid() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-cert-not-yet-valid").asRoot()) {
            assertHas(lab.run("curl -s -S --cacert /ngfw/etc/ssl/connectorCA.pem " + API, 60).stderr(),
                    "curl: (60) SSL certificate problem: certificate is not yet valid");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 60 at");
            assertHas(lab.out("tail -n 1 " + CONNECTOR_LOG), "x509: certificate has expired or is not yet valid");
        }
    }

    @Test
    void skewedDeviceClockMakesValidCertificatesLookExpired() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-clock-skew").asRoot()) {
            assertHas(lab.out("date"), "2022");
            assertHas(lab.run("curl -s -S --cacert /ngfw/etc/ssl/connectorCA.pem " + API, 60).stderr(),
                    "curl: (60) SSL certificate problem: certificate has expired");
            // the server's Date header gives the network's true time away
            assertHas(lab.run("curl -v -k " + API, 0).stderr(), "< Date: Wed, 08 Apr 2020", "expire date: 2021-12-03 21:07:00 GMT");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 60 at");
        }
    }
}
