package io.fpsh.sim.nettools;

import io.fpsh.drive.CapturingIo;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code openssl s_client} in the labs' expert shells, on their real TLS servers: the healthy lab verifies with the
 * connector's CA file, the TLS inspection lab names the middlebox's CA as issuer, other faults give OpenSSL's lines.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenSslLabTest {

    private static CapturingIo expert(String lab, String line, int status) throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab))) {
            ftd.run("expert", new CapturingIo());
            CapturingIo io = new CapturingIo();
            assertEquals(status, ftd.run(line, io), line + ": " + io.text());
            return io;
        }
    }

    @Test
    void theHealthyLabVerifiesWithTheConnectorsCaFile() throws Exception {
        CapturingIo io = expert("ftd01-healthy", "openssl s_client -connect api-sse.cisco.com:443 -CAfile /ngfw/etc/ssl/connectorCA.pem", 0);
        assertTrue(io.stdout().startsWith("CONNECTED(00000003)\n---\nCertificate chain\n"
                + " 0 s:/C=US/ST=California/L=San Jose/O=Cisco Systems, Inc./CN=api-sse.cisco.com\n"
                + "   i:/C=US/O=HydrantID (Avalanche Cloud Corporation)/CN=HydrantID SSL ICA G2\n"), io.stdout());
        assertTrue(io.stdout().contains("\n    Protocol  : TLSv1.2\n    Cipher    : ECDHE-RSA-AES128-GCM-SHA256\n"), io.stdout());
        assertTrue(io.stdout().endsWith("    Verify return code: 0 (ok)\n---\n"), io.stdout());
        assertEquals("depth=2 C = US, O = HydrantID (Avalanche Cloud Corporation), CN = HydrantID Root CA\nverify return:1\n"
                + "depth=1 C = US, O = HydrantID (Avalanche Cloud Corporation), CN = HydrantID SSL ICA G2\nverify return:1\n"
                + "depth=0 C = US, ST = California, L = San Jose, O = \"Cisco Systems, Inc.\", CN = api-sse.cisco.com\n"
                + "verify return:1\nDONE\n", io.stderr());
    }

    @Test
    void withoutTheCaFileTheServedRootIsSelfSigned() throws Exception {
        CapturingIo io = expert("ftd01-healthy", "openssl s_client -connect api-sse.cisco.com:443 -showcerts | grep -c BEGIN", 0);
        assertEquals("3\n", io.stdout(), "-showcerts: every certificate served, none under Server certificate");
        assertTrue(io.stderr().startsWith("depth=2 C = US, O = HydrantID (Avalanche Cloud Corporation), CN = HydrantID Root CA\n"
                + "verify error:num=19:self signed certificate in certificate chain\nverify return:0\n"), io.stderr());
    }

    @Test
    void tlsInspectionShowsTheProxysIssuer() throws Exception {
        CapturingIo io = expert("ftd01-tls-inspection",
                "openssl s_client -connect api-sse.cisco.com:443 -CAfile /ngfw/etc/ssl/connectorCA.pem -servername api-sse.cisco.com", 0);
        assertTrue(io.stdout().contains("\nissuer=/C=US/O=Example Corp/CN=Example Corp TLS Inspection CA\n"), io.stdout());
        assertTrue(io.stdout().contains("    Verify return code: 21 (unable to verify the first certificate)\n"), io.stdout());
        assertTrue(io.stderr().contains("verify error:num=20:unable to get local issuer certificate\n"), io.stderr());
    }

    @Test
    void faultsGiveOpenSslsOwnLines() throws Exception {
        assertEquals("connect: Connection refused\nconnect:errno=111\n",
                expert("ftd01-port-reject", "openssl s_client -connect api-sse.cisco.com:443", 1).stderr());
        CapturingIo plain = expert("ftd01-plain-http", "openssl s_client -connect api-sse.cisco.com:443", 1);
        assertTrue(plain.stderr().contains(":error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol:"), plain.stderr());
        assertTrue(plain.stdout().startsWith("CONNECTED(00000003)\n---\nno peer certificate available\n"), plain.stdout());
        assertEquals("connect: No route to host\nconnect:errno=113\n",
                expert("ftd01-healthy", "openssl s_client -connect 203.0.113.5:443", 1).stderr());
        assertEquals("unknown option -bogus\nusage: s_client args\n", expert("ftd01-healthy", "openssl s_client -bogus", 1).stderr());
        assertEquals("openssl:Error: 'x509x' is an invalid command.\n", expert("ftd01-healthy", "openssl x509x", 1).stderr());
    }
}
