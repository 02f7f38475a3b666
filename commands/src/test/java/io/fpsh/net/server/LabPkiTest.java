package io.fpsh.net.server;

import io.fpsh.testkind.RealTool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LabPkiTest {

    @Test
    void buildsAVerifiableChainWithTheGivenNamesAndValidity() throws Exception {
        LabPki pki = TestLabs.ciscoPki();

        List<X509Certificate> chain = pki.chain("api-sse");
        assertEquals(3, chain.size());
        X509Certificate leaf = chain.get(0);
        chain.get(0).verify(chain.get(1).getPublicKey());
        chain.get(1).verify(chain.get(2).getPublicKey());
        chain.get(2).verify(chain.get(2).getPublicKey());
        assertEquals("RSA", leaf.getPublicKey().getAlgorithm());
        assertEquals("SHA256withECDSA", leaf.getSigAlgName());
        assertEquals(TestLabs.WALL.minus(Duration.ofDays(100)), leaf.getNotBefore().toInstant());
        assertEquals("CN=api-sse.cisco.com,O=Cisco Systems\\, Inc.,L=San Jose,ST=California,C=US",
                leaf.getSubjectX500Principal().getName());
        assertEquals("CN=HydrantID SSL ICA G2,O=HydrantID (Avalanche Cloud Corporation),C=US",
                leaf.getIssuerX500Principal().getName());
        assertEquals(2, pki.servedChain("api-sse", false).size());
        assertEquals(3, pki.servedChain("api-sse", true).size());
    }

    @Test
    void parsesOneLineNamesWithCommasInsideValues() {
        DistinguishedName name = DistinguishedName.parse("C=US, ST=California, L=San Jose, O=Cisco Systems, Inc., CN=api-sse.cisco.com");
        assertEquals(5, name.attributes().size());
        assertEquals(new DistinguishedName.Attribute("O", "Cisco Systems, Inc."), name.attributes().get(3));
        assertEquals("C=US, ST=California, L=San Jose, O=Cisco Systems, Inc., CN=api-sse.cisco.com", name.toString());
        assertThrows(IllegalArgumentException.class, () -> DistinguishedName.parse("just text"));
        assertThrows(IllegalArgumentException.class, () -> DistinguishedName.of("XX", "nope").toX500Name());
    }

    @Test
    void rejectsBrokenSpecs() {
        Instant t = TestLabs.NOW;
        DistinguishedName dn = DistinguishedName.of("CN", "x");
        assertThrows(IllegalArgumentException.class, () -> LabPki.generate(List.of(
                CertificateSpec.leaf("l", dn, "missing", List.of("x"), t, t.plusSeconds(1)))));
        assertThrows(IllegalArgumentException.class, () -> LabPki.generate(List.of(
                CertificateSpec.intermediate("a", dn, "b", t, t.plusSeconds(1)),
                CertificateSpec.intermediate("b", dn, "a", t, t.plusSeconds(1)))));
        assertThrows(IllegalArgumentException.class, () -> TestLabs.ciscoPki().certificate("nope"));
    }

    @Test
    void pemRoundTripsAndBundleHoldsTheRoot() throws Exception {
        LabPki pki = TestLabs.ciscoPki();
        String pem = LabPki.toPem(pki.certificate("api-sse"));
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        assertEquals(pki.certificate("api-sse"), factory.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        Collection<? extends java.security.cert.Certificate> bundle =
                factory.generateCertificates(new ByteArrayInputStream(pki.caBundlePem().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(pki.certificate("quovadis-root")), List.copyOf(bundle));
    }

    @RealTool
    @Test
    void subjectHashMatchesTheOpensslBinary() throws Exception {
        LabPki pki = TestLabs.ciscoPki();
        // Mixed case, extra spaces and an emailAddress (IA5String) exercise the canonical form.
        LabPki odd = LabPki.generate(List.of(CertificateSpec.root("odd",
                DistinguishedName.of("C", "DE", "O", "  Mixed   CASE\tOrg ", "OU", "Ünïcode Ünit", "emailAddress", "Admin@Example.COM",
                        "CN", "Odd Root"),
                TestLabs.NOW, TestLabs.NOW.plusSeconds(3600))));
        for (X509Certificate certificate : List.of(pki.certificate("api-sse"), pki.certificate("hydrant-ica"),
                pki.certificate("quovadis-root"), odd.certificate("odd"))) {
            Path file = TestLabs.writeTemp("hash", LabPki.toPem(certificate));
            TestLabs.Run run = TestLabs.run(Duration.ofSeconds(5), "openssl", "x509", "-hash", "-noout", "-in", file.toString());
            assertEquals(0, run.exit(), run.stderr());
            assertEquals(run.stdout().trim(), OpenSslSubjectHash.of(certificate), certificate.getSubjectX500Principal().getName());
        }
        Map<String, String> directory = pki.hashedDirectory();
        assertEquals(2, directory.size());
        assertTrue(directory.containsKey(OpenSslSubjectHash.of(pki.certificate("hydrant-ica")) + ".0"));
    }

    @RealTool
    @Test
    void opensslPrintsTheSubjectAsTheGuideShowsAndVerifiesTheChain() throws Exception {
        LabPki pki = TestLabs.ciscoPki();
        Path leaf = TestLabs.writeTemp("leaf", LabPki.toPem(pki.certificate("api-sse")));
        Path ica = TestLabs.writeTemp("ica", LabPki.toPem(pki.certificate("hydrant-ica")));
        Path root = TestLabs.writeTemp("root", pki.caBundlePem());
        TestLabs.Run subject = TestLabs.run(Duration.ofSeconds(5), "openssl", "x509", "-noout", "-subject", "-issuer",
                "-nameopt", "oneline", "-in", leaf.toString());
        assertTrue(subject.stdout().contains("subject=C = US, ST = California, L = San Jose, O = \"Cisco Systems, Inc.\", CN = api-sse.cisco.com"),
                subject.stdout());
        // -attime: the lab clock is not the wall clock.
        TestLabs.Run verify = TestLabs.run(Duration.ofSeconds(5), "openssl", "verify", "-attime",
                Long.toString(TestLabs.WALL.getEpochSecond()), "-CAfile", root.toString(), "-untrusted", ica.toString(), leaf.toString());
        assertEquals(0, verify.exit(), verify.stdout() + verify.stderr());
    }
}
