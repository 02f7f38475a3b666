package io.fpsh.sim.faults;

import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.sim.FastLab;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.sim.network.LabCertificates;
import io.fpsh.sim.network.LabNetwork;
import io.fpsh.testkind.RealTool;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.fpsh.sim.faults.FaultLab.ACTION_QUEUE;
import static io.fpsh.sim.faults.FaultLab.CONNECTOR_LOG;
import static io.fpsh.sim.faults.FaultLab.assertHas;
import static io.fpsh.sim.faults.FaultLab.assertHasNot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ftd01-tls-inspection: a middlebox re-signs the SSE servers' certificates with a corporate CA the device does not
 * trust, and sends only its leaf: "unable to get local issuer certificate" for curl, "signed by unknown authority"
 * for the connector.
 */
@Timeout(20)
class TlsInspectionFaultLabTest {
    private static final String API = "https://api-sse.cisco.com";

    @TempDir
    Path dir;

    @Test
    void deviceCurlRefusesTheCorporateCertificate() {
        try (FaultLab lab = FaultLab.open(dir, "ftd01-tls-inspection").asRoot()) {
            assertHas(lab.run("curl -s -S --cacert /ngfw/etc/ssl/connectorCA.pem " + API, 60).stderr(),
                    "curl: (60) SSL certificate problem: unable to get local issuer certificate");
            CapturingIo insecure = lab.run("curl -v -k " + API, 0);
            assertEquals("Forbidden", insecure.stdout()); // the real server's answer, relayed by the middlebox
            assertHas(insecure.stderr(), "issuer: C=US; O=Example Corp; CN=Example Corp TLS Inspection CA",
                    "subject: C=US; ST=California; L=San Jose; O=Cisco Systems, Inc.; CN=api-sse.cisco.com");
            assertHasNot(insecure.stderr(), "HydrantID");
            assertHas(lab.out("tail -n 1 " + ACTION_QUEUE), "Failed, curl returned 60 at");
            assertHas(lab.out("tail -n 1 " + CONNECTOR_LOG), "level=error", "x509: certificate signed by unknown authority");
            assertHasNot(lab.out("lsof -i | grep conn"), "ESTABLISHED");
        }
    }

    /** The modern dialect's words, checked against the host's curl 7.88 talking to the same middlebox. */
    @RealTool
    @Test
    void modernCurlWordsItAsTheRealOne() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "no /usr/bin/curl");
        Path fast = FastLab.write(dir, "ftd01-tls-inspection");
        Files.writeString(fast, Files.readString(fast).replace("curlVersion: 7.44.0", "curlVersion: 7.88.1"));
        try (SimulatedFtd ftd = (SimulatedFtd) LabDevices.open(fast.toString())) {
            LabFile lab = ftd.state().lab();
            Path ca = dir.resolve("connectorCA.pem");
            Files.writeString(ca, LabCertificates.of(lab).caBundlePem());
            String real;
            try (LabNetwork network = new LabNetwork(lab, () -> lab.clock().start())) {
                VirtualNetwork.TcpRoute route = network.tcp(InetAddress.getByName("198.51.100.66"), 443);
                InetSocketAddress middlebox = ((VirtualNetwork.TcpRoute.Reach) route).endpoint();
                real = realCurl("-s", "-S", "--cacert", ca.toString(), "--resolve", "api-sse.cisco.com:" + middlebox.getPort()
                        + ":127.0.0.1", "https://api-sse.cisco.com:" + middlebox.getPort() + "/");
            }
            ftd.run("expert", CapturingIo.answering());
            CapturingIo io = CapturingIo.answering();
            assertEquals(60, ftd.run("curl -s -S --cacert /ngfw/etc/ssl/connectorCA.pem " + API, io), io.stderr());
            assertEquals(real, io.stderr());
        }
    }

    private static String realCurl(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "/usr/bin/curl";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("real curl hung");
        }
        assertEquals(60, process.exitValue());
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
