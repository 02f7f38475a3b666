package io.fpsh.tools.curl;

import okhttp3.tls.HeldCertificate;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/**
 * The certificate chain of the guide's api-sse.cisco.com transcript, rebuilt with the same names and dates:
 * leaf, HydrantID SSL ICA G2, and a self-signed root that the server also sends (hence OpenSSL's error 19).
 */
final class GuideCertificates {

    final X509Certificate root;
    final X509Certificate intermediate;
    final HeldCertificate leaf;

    GuideCertificates() throws Exception {
        KeyPair rootKey = rsa();
        KeyPair icaKey = rsa();
        KeyPair leafKey = rsa();
        X500Name rootName = new X500Name("C=US,O=HydrantID (Avalanche Cloud Corporation),CN=HydrantID Root CA");
        X500Name icaName = new X500Name("C=US,O=HydrantID (Avalanche Cloud Corporation),CN=HydrantID SSL ICA G2");
        root = cert(rootName, rootName, rootKey, rootKey, "2010-01-01T00:00:00Z", "2040-01-01T00:00:00Z", true, null);
        intermediate = cert(icaName, rootName, icaKey, rootKey, "2015-01-01T00:00:00Z", "2030-01-01T00:00:00Z", true, null);
        X509Certificate leafCert = cert(
                new X500Name("C=US,ST=California,L=San Jose,O=Cisco Systems\\, Inc.,CN=api-sse.cisco.com"), icaName,
                leafKey, icaKey, "2019-12-03T20:57:56Z", "2021-12-03T21:07:00Z", false, "api-sse.cisco.com");
        leaf = new HeldCertificate(leafKey, leafCert);
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate cert(X500Name subject, X500Name issuer, KeyPair subjectKey, KeyPair issuerKey,
                                        String from, String to, boolean ca, String dnsName) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(System.nanoTime()), Date.from(Instant.parse(from)), Date.from(Instant.parse(to)),
                subject, subjectKey.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (dnsName != null) {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate())));
    }
}
