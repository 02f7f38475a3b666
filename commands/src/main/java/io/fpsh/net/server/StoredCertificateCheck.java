package io.fpsh.net.server;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * Checks that stored certificates and keys are what {@link LabPki#generate} would make for the specs: a copy read
 * back from disk may be stale, truncated or edited, and a wrong one would only fail later, in a handshake.
 */
final class StoredCertificateCheck {
    private static final byte[] CHALLENGE = "fpsh lab key check".getBytes(StandardCharsets.US_ASCII);

    private StoredCertificateCheck() {}

    /** The certificate carries the spec's subject, serial, validity, CA flag and names, and names its issuer's key. */
    static void matches(CertificateSpec spec, BigInteger serial, X509Certificate certificate, X509Certificate issuer) {
        String id = spec.id();
        if (certificate == null) {
            throw new IllegalArgumentException("no stored certificate for '" + id + "'");
        }
        require(certificate.getSubjectX500Principal().equals(principal(spec.subject())), id, "subject");
        require(certificate.getSerialNumber().equals(serial), id, "serial");
        require(sameSecond(certificate.getNotBefore().toInstant(), spec.notBefore()), id, "notBefore");
        require(sameSecond(certificate.getNotAfter().toInstant(), spec.notAfter()), id, "notAfter");
        require((certificate.getBasicConstraints() >= 0) == spec.ca(), id, "CA flag");
        require(dnsNames(certificate).equals(spec.dnsNames()), id, "DNS names");
        require(certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()), id, "issuer");
        // Key identifiers tie the certificate to its issuer's key without a signature check, which costs
        // milliseconds per certificate in a cold JVM; the file is owner-only, so what is checked for is damage.
        require(certificate == issuer || Arrays.equals(keyIdentifier(certificate, Extension.authorityKeyIdentifier),
                keyIdentifier(issuer, Extension.subjectKeyIdentifier)), id, "issuer key");
    }

    private static X500Principal principal(DistinguishedName name) {
        try {
            return new X500Principal(name.toX500Name().getEncoded());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode " + name, e);
        }
    }

    /** The key identifier of a SubjectKeyIdentifier or AuthorityKeyIdentifier extension, or null. */
    private static byte[] keyIdentifier(X509Certificate certificate, ASN1ObjectIdentifier extension) {
        byte[] value = certificate.getExtensionValue(extension.getId());
        if (value == null) {
            return null;
        }
        ASN1OctetString wrapped = ASN1OctetString.getInstance(value);
        return extension.equals(Extension.subjectKeyIdentifier)
                ? SubjectKeyIdentifier.getInstance(wrapped.getOctets()).getKeyIdentifier()
                : AuthorityKeyIdentifier.getInstance(wrapped.getOctets()).getKeyIdentifier();
    }

    /** The private key signs what the certificate's public key verifies. */
    static void keyBelongs(PrivateKey key, X509Certificate certificate, String id) {
        if (key == null) {
            throw new IllegalArgumentException("no stored private key for '" + id + "'");
        }
        PublicKey publicKey = certificate.getPublicKey();
        if (key instanceof RSAPrivateCrtKey rsa && publicKey instanceof RSAPublicKey rsaPublic) {
            // an RSA private key carries its public half: comparing costs nothing, unlike a signature
            require(rsa.getModulus().equals(rsaPublic.getModulus()) && rsa.getPublicExponent().equals(rsaPublic.getPublicExponent()),
                    id, "private key");
            return;
        }
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

    private static List<String> dnsNames(X509Certificate certificate) {
        Collection<List<?>> altNames;
        try {
            altNames = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            throw new IllegalArgumentException("unreadable subjectAltName: " + e.getMessage(), e);
        }
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
