package io.fpsh.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class ExpertExploreTest {
    @TempDir Path dir;

    @Test
    void explore() throws Exception {
        try (SimulatedFtd ftd = (SimulatedFtd) LabDevices.open(FastLab.write(dir, "ftd01-dns").toString())) {
            for (String line : new String[] {"expert", "sudo su -", "curl -v -k https://api-sse.cisco.com", "nslookup api-sse.cisco.com",
                    "more /ngfw/etc/sf/connector.properties", "netstat -anlp | grep EventHandler_SSEConnector.sock", "lsof -i | grep conn",
                    "cat /etc/resolv.conf", "ls /ngfw/etc/sf/keys/fireamp/thawte_roots", "exit", "exit", "configure network dns servers 192.0.2.11", "expert", "sudo su -",
                    "curl -v -k https://api-sse.cisco.com", "nslookup api-sse.cisco.com",
                    "curl -v https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients --cacert /ngfw/etc/ssl/connectorCA.pem",
                    "lsof -i | grep conn", "tail -n 2 /ngfw/var/log/connector/connector.log", "echo $?", "date", "ps aux | grep conn", "pmtool status | grep -i sse"}) {
                ScriptedIo io = new ScriptedIo("Admin123");
                System.out.print(ftd.prompt() + line + "\n");
                long t = System.nanoTime();
                int rc = ftd.run(line, io);
                System.out.print("[out]\n" + io.stdout() + "[err]\n" + io.stderr() + "[rc=" + rc + " " + (System.nanoTime() - t) / 1_000_000 + "ms]\n");
            }
        }
    }
}
