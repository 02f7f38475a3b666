package io.fpsh.sim.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static io.fpsh.sim.faults.FaultLab.assertHas;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The device's own loopback is part of the device: its listening sockets answer there (the connector's local API,
 * sshd), any other port refuses at once, and nothing listening on the host's loopback is ever reached.
 */
@Timeout(10)
class DeviceLoopbackLabTest {
    @TempDir
    Path dir;

    @Test
    void localhostResolvesThroughTheDevicesHostsFileAndTheConnectorsApiAnswers() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-dns").asRoot()) {
            assertHas(lab.out("grep localhost /etc/hosts"), "127.0.0.1\tlocalhost");
            String status = lab.out("curl -s http://localhost:8989/v1/contexts/default/status");
            assertHas(status, "\"status\":\"Enrolled\"");
            String trace = lab.run("curl -v -s http://localhost:8989/v1/contexts/default/status", 0).stderr();
            assertHas(trace, "*   Trying 127.0.0.1...", "* Connected to localhost (127.0.0.1) port 8989 (#0)",
                    "< HTTP/1.1 200 OK", "< Content-Type: application/json");
            // Go's own 404 for any other path
            assertHas(lab.out("curl -s http://127.0.0.1:8989/v1/nothing"), "404 page not found");
            // the device's own name is in /etc/hosts too; the connector listens on 127.0.0.1 only
            assertHas(lab.run("curl -sS http://ftd01:8989/", 7).stderr(),
                    "curl: (7) Failed to connect to ftd01 port 8989: Connection refused");
        }
    }

    @Test
    void sshdAnswersOnPort22WithItsBanner() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-dns", yaml -> yaml.replace("curlVersion: 7.44.0", "curlVersion: 7.88.1"))
                .asRoot()) {
            // its first line is the SSH identification, which curl 7.88 refuses as an HTTP/0.9 answer
            String err = lab.run("curl -v -sS http://127.0.0.1:22/", 1).stderr();
            assertHas(err, "* Connected to 127.0.0.1 (127.0.0.1) port 22 (#0)",
                    "curl: (1) Received HTTP/0.9 when not allowed");
        }
    }

    @Test
    void anyOtherPortOfTheDeviceRefusesAtOnce() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-dns").asRoot()) {
            assertEquals("curl: (7) Failed to connect to 127.0.0.1 port 9: Connection refused\n",
                    lab.run("curl -sS http://127.0.0.1:9/", 7).stderr());
            assertHas(lab.run("curl -v -sS http://127.0.0.1:9/", 7).stderr(),
                    "* connect to 127.0.0.1 port 9 failed: Connection refused");
        }
    }

    @Test
    void aServerOnTheHostsLoopbackIsNeverReached() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        try (ServerSocket host = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             FaultLab lab = FaultLab.open(dir, "ftd01-dns").asRoot()) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        try (Socket ignored = host.accept()) {
                            accepted.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            int port = host.getLocalPort();
            assertHas(lab.run("curl -sS http://127.0.0.1:" + port + "/", 7).stderr(),
                    "curl: (7) Failed to connect to 127.0.0.1 port " + port + ": Connection refused");
            assertHas(lab.run("curl -sS http://localhost:" + port + "/", 7).stderr(), "Connection refused");
            assertEquals(0, accepted.get(), "the simulated curl reached a server of the host");
        }
    }
}
