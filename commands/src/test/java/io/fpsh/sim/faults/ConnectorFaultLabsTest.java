package io.fpsh.sim.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.fpsh.sim.faults.FaultLab.ACTION_QUEUE;
import static io.fpsh.sim.faults.FaultLab.CAN_CONNECT;
import static io.fpsh.sim.faults.FaultLab.CONNECTOR_LOG;
import static io.fpsh.sim.faults.FaultLab.assertHas;
import static io.fpsh.sim.faults.FaultLab.assertHasNot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide's two other failures, as labs: canConnect blocked in the EU region, and no events to SSE. */
@Timeout(10)
class ConnectorFaultLabsTest {
    @TempDir
    Path dir;

    @Test
    void blockedEuRegionFailsCanConnectWithCurl28() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-blocked-eu").asRoot()) {
            String url = "https://api.eu.sse.itd.cisco.com/providers/sse/api/v1/regions";
            lab.run(CAN_CONNECT + url, 28);
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "canConnect: System (/usr/bin/curl -s --connect-timeout 10 -m 20 -L "
                    + "--max-redirs 5 --max-filesize 104857600 --capath /ngfw/etc/sf/keys/fireamp/thawte_roots -f " + url
                    + ") Failed, curl returned 28 at /ngfw/usr/local/sf/lib/perl/5.10.1/SF/System.pmline 10477.");
            assertHas(lab.out("nslookup api.eu.sse.itd.cisco.com"), "Address: 198.51.100.90");
            // only the API is blocked: the EU eventing websocket is up
            assertHas(lab.out("lsof -i | grep conn"), "->ec2-198-51-100-91.eu-central-1.compute.amazonaws.com:https (ESTABLISHED)");
        }
    }

    @Test
    void noEventsWhenEventingIngestIsDropped() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-no-events").asRoot()) {
            String log = lab.out("tail -n 4 " + CONNECTOR_LOG);
            assertHas(log, "level=error msg=\"[ftd01][events.go:90 events:connectWebSocket] dial tcp 198.51.100.246:443: "
                    + "getsockopt: connection timed out\"", "dial tcp 198.51.100.234:443: getsockopt: connection timed out");
            assertHasNot(log, "level=info");
            String lsof = lab.out("lsof -i | grep conn");
            assertHas(lsof, "TCP localhost:8989 (LISTEN)", "->ec2-198-51-100-2", ".compute-1.amazonaws.com:https (SYN_SENT)");
            assertHasNot(lsof, "ESTABLISHED");
            String socket = lab.out("netstat -anlp | grep EventHandler_SSEConnector.sock");
            assertHas(socket, "LISTENING");
            assertHasNot(socket, "CONNECTED");
            lab.run("curl -s -m 2 https://eventing-ingest.sse.itd.cisco.com", 28);
            // canConnect asks api-sse, which works: nothing in action_queue.log
            lab.run("grep -c Failed " + ACTION_QUEUE, 1);
        }
    }
    /** The no-events lab with the kernel's SYN retries lowered to 1 (3 s per address instead of 127). */
    static FaultLab noEventsWithSynRetries(Path dir, int retries, String curlVersion) {
        return FaultLab.open(dir, "ftd01-no-events", yaml -> yaml.replace("\nnetwork:\n", "\nnetwork:\n  tcpSynRetries: " + retries + "\n")
                .replace("curlVersion: 7.44.0", "curlVersion: " + curlVersion));
    }

    @Test
    void withoutConnectTimeoutTheKernelGivesUpOnEachAddressAndCurlSaysFailedToConnect() {
        try (FaultLab lab = noEventsWithSynRetries(dir, 1, "7.44.0").asRoot()) {
            long start = System.nanoTime();
            String err = lab.run("curl -v -s -S https://eventing-ingest.sse.itd.cisco.com/", 7).stderr();
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals("""
                    *   Trying 198.51.100.246...
                    * connect to 198.51.100.246 port 443 failed: Connection timed out
                    *   Trying 198.51.100.234...
                    * connect to 198.51.100.234 port 443 failed: Connection timed out
                    * Failed to connect to eventing-ingest.sse.itd.cisco.com port 443: Connection timed out
                    * Closing connection 0
                    curl: (7) Failed to connect to eventing-ingest.sse.itd.cisco.com port 443: Connection timed out
                    """, err);
            // 3 s per address (1 + 2 s of SYN retries), one after the other
            assertTrue(seconds >= 5 && seconds < 9, seconds + " s");
        }
    }
}
