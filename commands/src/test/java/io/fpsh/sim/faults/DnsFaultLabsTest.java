package io.fpsh.sim.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.fpsh.sim.faults.FaultLab.ACTION_QUEUE;
import static io.fpsh.sim.faults.FaultLab.CONNECTOR_LOG;
import static io.fpsh.sim.faults.FaultLab.assertHas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DNS faults a lab can plant on one name or one server, seen by curl, nslookup and the connector. */
@Timeout(10)
class DnsFaultLabsTest {
    @TempDir
    Path dir;

    @Test
    void nxdomainForOneName() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-nxdomain").asRoot()) {
            assertEquals("curl: (6) Couldn't resolve host 'api-sse.cisco.com'\n", lab.run("curl -s -S https://api-sse.cisco.com", 6).stderr());
            assertHas(lab.run("nslookup api-sse.cisco.com", 1).stdout(), "** server can't find api-sse.cisco.com: NXDOMAIN");
            assertHas(lab.out("nslookup est.sco.cisco.com"), "Address: 198.51.100.70");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 6 at");
        }
    }

    @Test
    void aSilentServerStaysSilentForANameThatDoesNotExist() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-nxdomain").asRoot()) {
            // 192.0.2.10 never answers: it cannot say NXDOMAIN either (glibc's view, Reachability, already says so)
            assertEquals(";; connection timed out; no servers could be reached\n\n",
                    lab.run("nslookup api-sse.cisco.com 192.0.2.10", 1).stdout());
        }
    }

    @Test
    void servfailForOneName() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-servfail").asRoot()) {
            lab.run("curl -s https://api-sse.cisco.com", 6);
            assertHas(lab.run("nslookup api-sse.cisco.com", 1).stdout(), "** server can't find api-sse.cisco.com: SERVFAIL");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 6 at");
            // the eventing host still resolves: the websocket is up (the registration's own lines fail on api-sse)
            assertHas(lab.out("grep events.go " + CONNECTOR_LOG + " | tail -n 1"), "level=info", "websocket connected");
        }
    }

    @Test
    void servfailOnTheEventingHostShowsAsServerMisbehavingInConnectorLog() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-servfail", yaml -> yaml.replace(
                "ptr: ec2-198-51-100-66.compute-1.amazonaws.com, endpoint: sse, dns: servfail}",
                "ptr: ec2-198-51-100-66.compute-1.amazonaws.com, endpoint: sse}").replace(
                "ptr: ec2-198-51-100-246.compute-1.amazonaws.com, endpoint: sse}",
                "ptr: ec2-198-51-100-246.compute-1.amazonaws.com, endpoint: sse, dns: servfail}")).asRoot()) {
            assertHas(lab.out("tail -n 1 " + CONNECTOR_LOG),
                    "dial tcp: lookup eventing-ingest.sse.itd.cisco.com on 192.0.2.11:53: server misbehaving");
            lab.run("grep -c Failed " + ACTION_QUEUE, 1);
        }
    }

    @Test
    void slowServerAnswersLate() {
        // the shipped 2.5 s delay is shortened below the test lab's 1 s resolver timeout
        try (FaultLab lab = FaultLab.open(dir, "ftd01-slow-dns", yaml -> yaml.replace("delayMs: 2500", "delayMs: 400")).asRoot()) {
            long start = System.nanoTime();
            assertHas(lab.out("nslookup api-sse.cisco.com"), "Server:\t\t192.0.2.12", "Address: 198.51.100.66");
            assertTrue(System.nanoTime() - start >= 400_000_000L, "the answer came before the server's delay");
            assertEquals("Forbidden", lab.out("curl -s -k https://api-sse.cisco.com"));
            lab.run("grep -c Failed " + FaultLab.ACTION_QUEUE, 1);
        }
    }

    @Test
    void slowerThanTheResolverTimeoutIsNoAnswer() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-slow-dns").asRoot()) {
            lab.run("curl -s https://api-sse.cisco.com", 6);
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 6 at");
            assertHas(lab.out("tail -n 1 " + CONNECTOR_LOG), "on 192.0.2.12:53: read udp 192.0.2.27:", "->192.0.2.12:53: i/o timeout");
        }
    }
}
