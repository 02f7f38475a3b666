package io.fpsh.sim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.lab.LabFile;
import io.fpsh.net.VirtualNetwork.TcpRoute;
import io.fpsh.net.server.LabPki;
import io.fpsh.testkind.RealTool;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain the lab serves, checked by real OpenSSL and curl against the CA files the device shows
 * (/ngfw/etc/ssl/connectorCA.pem is {@code caBundlePem()}, the fireamp thawte_roots directory {@code hashedDirectory()}).
 */
@RealTool
class LabCertificatesOpenSslTest {
    private static final String HOST = "api-sse.cisco.com";

    @TempDir
    Path dir;

    /** The chain api-sse.cisco.com sends, as Java received it: leaf, intermediate, root. */
    private static List<X509Certificate> servedChain(LabFile lab, Instant labTime) throws Exception {
        try (LabNetwork network = new LabNetwork(lab, () -> labTime)) {
            InetSocketAddress endpoint = assertInstanceOf(TcpRoute.Reach.class,
                    network.tcp(InetAddress.getByName("198.51.100.66"), 443)).endpoint();
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : LabClient.get(endpoint, HOST, "/", LabCertificates.of(lab), labTime)
                    .session().getPeerCertificates()) {
                chain.add((X509Certificate) certificate);
            }
            return chain;
        }
    }

    private Path pem(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static LocalTools.Result openssl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        return LocalTools.run(Duration.ofSeconds(20), command.toArray(new String[0]));
    }

    @Test
    void theServedChainVerifiesAgainstConnectorCaAtTheLabDate() throws Exception {
        LabFile lab = DefaultLab.lab();
        List<X509Certificate> chain = servedChain(lab, DefaultLab.start());
        assertEquals(3, chain.size());
        Path connectorCa = pem("connectorCA.pem", LabCertificates.of(lab).caBundlePem());
        Path intermediate = pem("intermediate.pem", LabPki.toPem(chain.get(1)));
        Path leaf = pem("leaf.pem", LabPki.toPem(chain.get(0)));
        // real openssl checks validity at the wall clock: the guide's leaf (2019-12-03..2021-12-03) needs -attime
        String labDate = String.valueOf(DefaultLab.start().getEpochSecond());

        LocalTools.Result verified = openssl("verify", "-attime", labDate, "-CAfile", connectorCa.toString(),
                "-untrusted", intermediate.toString(), leaf.toString());
        assertEquals(0, verified.exit(), verified.all());
        assertEquals(leaf + ": OK", verified.stdout().strip());

        LocalTools.Result today = openssl("verify", "-CAfile", connectorCa.toString(), "-untrusted", intermediate.toString(), leaf.toString());
        assertNotEquals(0, today.exit());
        assertTrue(today.all().contains("certificate has expired"), today.all());

        // connectorCA.pem holds roots only: a server that sent no intermediate could not be verified with it
        LocalTools.Result leafAlone = openssl("verify", "-attime", labDate, "-CAfile", connectorCa.toString(), leaf.toString());
        assertNotEquals(0, leafAlone.exit());
        assertTrue(leafAlone.all().contains("unable to get local issuer certificate"), leafAlone.all());
    }

    @Test
    void theHashedDirectoryIsNamedAsOpenSslHashesAndVerifiesTheChain() throws Exception {
        LabFile lab = DefaultLab.lab();
        Map<String, String> files = LabCertificates.of(lab).hashedDirectory();
        assertEquals(2, files.size(), "root and intermediate");
        Path thawteRoots = Files.createDirectory(dir.resolve("thawte_roots"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = Files.writeString(thawteRoots.resolve(file.getKey()), file.getValue());
            LocalTools.Result hash = openssl("x509", "-hash", "-noout", "-in", path.toString());
            assertEquals(0, hash.exit(), hash.all());
            assertEquals(hash.stdout().strip() + ".0", file.getKey());
        }
        List<X509Certificate> chain = servedChain(lab, DefaultLab.start());
        Path leaf = pem("leaf.pem", LabPki.toPem(chain.get(0)));
        // -CApath finds the intermediate by its hashed name: the directory alone completes the chain
        LocalTools.Result verified = openssl("verify", "-attime", String.valueOf(DefaultLab.start().getEpochSecond()),
                "-CApath", thawteRoots.toString(), leaf.toString());
        assertEquals(0, verified.exit(), verified.all());
    }

    @Test
    void realCurlVerifiesTheServerWithConnectorCaAlone() throws Exception {
        // curl cannot be told the lab date: a copy of the lab whose leaf is valid today (the whole day, so that
        // runs of one day share one cached PKI)
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        for (boolean sendRoot : List.of(true, false)) {
            LabFile lab = LabFiles.withLeafValidity(DefaultLab.lab(), now, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)), sendRoot);
            Path connectorCa = pem("connectorCA-" + sendRoot + ".pem", LabCertificates.of(lab).caBundlePem());
            try (LabNetwork network = new LabNetwork(lab, () -> now)) {
                int port = assertInstanceOf(TcpRoute.Reach.class, network.tcp(InetAddress.getByName("198.51.100.66"), 443))
                        .endpoint().getPort();
                LocalTools.Result curl = LocalTools.run(Duration.ofSeconds(20), "curl", "-s", "-S", "--max-time", "10",
                        "--cacert", connectorCa.toString(), "--resolve", HOST + ":" + port + ":127.0.0.1",
                        "https://" + HOST + ":" + port + "/providers/sse/api/v1/regions");
                assertEquals(0, curl.exit(), "sendRoot " + sendRoot + ": " + curl.all());
                assertTrue(curl.stdout().startsWith("{\"regions\""), curl.stdout());
            }
        }
    }
}
