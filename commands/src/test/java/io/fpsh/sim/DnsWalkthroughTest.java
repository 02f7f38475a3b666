package io.fpsh.sim;

import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.drive.CapturingIo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's DNS walk-through on the default lab (resolver waits shortened), through the real simulator: its
 * DNS servers, TLS servers, curl and nslookup. One model, many views: the fix shows in every one of them.
 */
class DnsWalkthroughTest {
    @TempDir
    Path dir;
    private SimulatedFtd ftd;

    @BeforeEach
    void open() throws Exception {
        ftd = (SimulatedFtd) LabDevices.open(FastLab.write(dir, "ftd01-dns").toString());
    }

    @AfterEach
    void close() {
        ftd.close();
    }

    private CapturingIo run(String line, int expectedStatus, String... answers) {
        return ScriptedIo.run(ftd, line, expectedStatus, answers);
    }

    private void becomeRoot() {
        run("expert", 0);
        run("sudo su -", 0, "Admin123");
        assertEquals("root@ftd01:~# ", ftd.prompt());
    }

    private void backToClish() {
        run("exit", 0);
        run("exit", 0);
        assertEquals("> ", ftd.prompt());
    }

    @Test
    void brokenDnsThenFixedDns() {
        becomeRoot();
        CapturingIo curl = run("curl -v -k https://api-sse.cisco.com", 6);
        assertEquals("""
                * Rebuilt URL to: https://api-sse.cisco.com/
                * getaddrinfo(3) failed for api-sse.cisco.com:443
                * Couldn't resolve host 'api-sse.cisco.com'
                * Closing connection 0
                curl: (6) Couldn't resolve host 'api-sse.cisco.com'
                """, curl.stderr());
        assertEquals(";; connection timed out; no servers could be reached\n\n", run("nslookup api-sse.cisco.com", 1).stdout());
        assertEquals("nameserver 192.0.2.10\noptions timeout:1 attempts:1\n", run("cat /etc/resolv.conf", 0).stdout());
        assertEquals("registration_interval=180\nconnector_port=8989\nconnector_fqdn=api-sse.cisco.com\n",
                run("more /ngfw/etc/sf/connector.properties", 0).stdout());
        String sockets = run("netstat -anlp | grep EventHandler_SSEConnector.sock", 0).stdout();
        assertTrue(sockets.contains("LISTENING") && sockets.contains("CONNECTED"), sockets);
        String lsof = run("lsof -i | grep conn", 0).stdout();
        assertTrue(lsof.contains("TCP localhost:8989 (LISTEN)"), lsof);
        assertFalse(lsof.contains("ESTABLISHED"), lsof);
        // the test lab's resolver gives up after 1 s, before canConnect's 10 s connect timeout: curl says 6
        assertTrue(run("tail -n 1 /ngfw/var/log/action_queue.log", 0).stdout().contains("Failed, curl returned 6 at"));
        assertTrue(run("grep -c 'i/o timeout' /ngfw/var/log/connector/connector.log", 0).stdout().matches("[1-9]\\d*\n"));
        backToClish();

        assertTrue(run("show network", 0).stdout().contains("DNS Servers               : 192.0.2.10\n"));
        run("configure network dns servers 192.0.2.11", 0);
        assertTrue(run("show network", 0).stdout().contains("DNS Servers               : 192.0.2.11\n"));
        becomeRoot();
        assertEquals("nameserver 192.0.2.11\noptions timeout:1 attempts:1\n", run("cat /etc/resolv.conf", 0).stdout());
        CapturingIo fixed = run("curl -v -k https://api-sse.cisco.com", 0);
        assertEquals("Forbidden", fixed.stdout());
        String trace = fixed.stderr();
        for (String line : new String[] {
                "*   Trying 198.51.100.66...",
                "* Connected to api-sse.cisco.com (198.51.100.66) port 443 (#0)",
                "* TLSv1.2 (IN), TLS handshake, Request CERT (13):",
                "* SSL connection using TLSv1.2 / ECDHE-RSA-AES128-GCM-SHA256",
                "subject: C=US; ST=California; L=San Jose; O=Cisco Systems, Inc.; CN=api-sse.cisco.com",
                "start date: 2019-12-03 20:57:56 GMT",
                "issuer: C=US; O=HydrantID (Avalanche Cloud Corporation); CN=HydrantID SSL ICA G2",
                "SSL certificate verify result: self signed certificate in certificate chain (19), continuing anyway.",
                "> User-Agent: curl/7.44.0",
                "< HTTP/1.1 403 Forbidden",
                "< Date: Wed, 08 Apr 2020 01:",
                "< Content-Length: 9",
                "< Strict-Transport-Security: max-age=31536000; includeSubdomains;"}) {
            assertTrue(trace.contains(line), () -> "missing '" + line + "' in\n" + trace);
        }
        String lookup = run("nslookup api-sse.cisco.com", 0).stdout();
        assertTrue(lookup.startsWith("Server:\t\t192.0.2.11\nAddress:\t192.0.2.11#53\n\nNon-authoritative answer:\n"
                + "Name:\tapi-sse.cisco.com\nAddress: 198.51.100.66\n"), lookup);
        for (String url : new String[] {"https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients",
                "https://est.sco.cisco.com", "https://eventing-ingest.sse.itd.cisco.com", "https://mx01.sse.itd.cisco.com"}) {
            CapturingIo check = run("curl -v " + url + " --cacert /ngfw/etc/ssl/connectorCA.pem", 0);
            assertTrue(check.stderr().contains("SSL certificate verify ok."), () -> url + "\n" + check.stderr());
        }
        // the connector sees the new server at its next retry (minutes): restarted, it dials at once
        run("pmtool restartbyid SSEConnector", 0);
        String established = run("lsof -i | grep conn", 0).stdout();
        assertTrue(established.contains("->ec2-198-51-100-246.compute-1.amazonaws.com:https (ESTABLISHED)"), established);
        assertTrue(run("tail -n 1 /ngfw/var/log/connector/connector.log", 0).stdout().contains("level=info"));
    }

    @Test
    void withoutTheLabsCaCurlRefusesTheServer() {
        run("configure network dns servers 192.0.2.11", 0);
        becomeRoot();
        CapturingIo refused = run("curl -s -S https://api-sse.cisco.com", 60);
        assertTrue(refused.stderr().startsWith("curl: (60) SSL certificate problem: self signed certificate in certificate chain"),
                refused.stderr());
    }

    @Test
    void curlWritesItsOutputFileIntoTheSimulatedTmpOnly() {
        run("configure network dns servers 192.0.2.11", 0);
        becomeRoot();
        run("curl -s -k -o /tmp/answer.txt https://api-sse.cisco.com", 0);
        assertEquals("Forbidden", run("cat /tmp/answer.txt", 0).stdout());
        assertTrue(run("ls /tmp", 0).stdout().contains("answer.txt"));
        CapturingIo refused = run("curl -s -S -k -o /etc/answer.txt https://api-sse.cisco.com", 23);
        assertTrue(refused.stderr().endsWith("curl: (23) Failure writing output to destination\n"), refused.stderr());
    }

    @Test
    void unknownCommandsAndSyntaxErrorsInExpertMode() {
        run("expert", 0);
        assertEquals("-bash: show: command not found\n", run("show network", 127).stderr());
        assertEquals("127\n", run("echo $?", 0).stdout());
        assertEquals("admin\n", run("whoami", 0).stdout());
        assertEquals("/home/admin\n", run("pwd", 0).stdout());
    }
}
