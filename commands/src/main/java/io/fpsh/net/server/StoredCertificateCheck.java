package io.fpsh.net.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.security.auth.x500.X500Principal;

/**
 * Checks that stored certificates and keys are what {@link LabPki#generate} would make for the specs: a copy read
 * back from disk may be stale, truncated or edited, and a wrong one would only fail later, in a handshake.
 */
final class StoredCertificateCheck {
    private static final byte[] CHALLENGE = "fpsh lab key check".getBytes(StandardCharsets.US_ASCII);

    private StoredCertificateCheck() {}

    /** The certificate carries the spec's subject, serial, validity, CA flag and names, and its issuer's signature. */
    static void matches(CertificateSpec spec, java.math.BigInteger serial, X509Certificate certificate, X509Certificate issuer) {
        if (certificate == null) {
            throw new IllegalArgumentException("no stored certificate for '" + spec.id() + "'");
        }
        String id = spec.id();
        try {
            require(certificate.getSubjectX500Principal().equals(new X500Principal(spec.subject().toX500Name().getEncoded())), id, "subject");
            require(certificate.getSerialNumber().equals(serial), id, "serial");
            require(sameSecond(certificate.getNotBefore().toInstant(), spec.notBefore()), id, "notBefore");
            require(sameSecond(certificate.getNotAfter().toInstant(), spec.notAfter()), id, "notAfter");
            require((certificate.getBasicConstraints() >= 0) == spec.ca(), id, "CA flag");
            require(dnsNames(certificate).equals(spec.dnsNames()), id, "DNS names");
            certificate.verify(issuer.getPublicKey());
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("stored certificate '" + id + "' is not signed by its issuer: " + e.getMessage(), e);
        }
    }

    /** The private key signs what the certificate's public key verifies. */
    static void keyBelongs(PrivateKey key, X509Certificate certificate, String id) {
        if (key == null) {
            throw new IllegalArgumentException("no stored private key for '" + id + "'");
        }
        PublicKey publicKey = certificate.getPublicKey();
        String algorithm = "EC".equals(publicKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(CHALLENGE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(CHALLENGE);
            require(verifier.verify(signature), id, "private key");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("stored private key of '" + id + "' is unusable: " + e.getMessage(), e);
        }
    }

    private static boolean sameSecond(Instant stored, Instant specified) {
        return stored.equals(specified.truncatedTo(ChronoUnit.SECONDS));
    }

    private static List<String> dnsNames(X509Certificate certificate) throws CertificateParsingException {
        Collection<List<?>> altNames = certificate.getSubjectAlternativeNames();
        List<String> names = new ArrayList<>();
        for (List<?> name : altNames == null ? List.<List<?>>of() : altNames) {
            if (Integer.valueOf(2).equals(name.get(0))) { // 2: dNSName
                names.add((String) name.get(1));
            }
        }
        return names;
    }

    private static void require(boolean condition, String id, String what) {
        if (!condition) {
            throw new IllegalArgumentException("stored certificate '" + id + "' has another " + what + " than its spec");
        }
    }
}
