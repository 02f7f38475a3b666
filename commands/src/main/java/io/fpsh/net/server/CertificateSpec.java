package io.fpsh.net.server;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One certificate of a lab PKI.
 *
 * @param id          the name other specs and the servers use to refer to it
 * @param subject     the subject name
 * @param issuerId    the id of the issuing CA spec, or {@code null} for a self-signed root
 * @param ca          true for a root or intermediate CA (gets an EC P-256 key); false for a leaf (gets the PKI's RSA key)
 * @param dnsNames    subjectAltName DNS entries (leaves)
 * @param ipAddresses subjectAltName IP entries (leaves)
 * @param notBefore   start of validity, computed by the caller from the lab clock
 * @param notAfter    end of validity
 * @param serial      the serial number, or {@code null} for one derived from the id
 */
public record CertificateSpec(String id, DistinguishedName subject, String issuerId, boolean ca,
                              List<String> dnsNames, List<String> ipAddresses,
                              Instant notBefore, Instant notAfter, BigInteger serial) {

    public CertificateSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject of " + id);
        Objects.requireNonNull(notBefore, "notBefore of " + id);
        Objects.requireNonNull(notAfter, "notAfter of " + id);
        dnsNames = dnsNames == null ? List.of() : List.copyOf(dnsNames);
        ipAddresses = ipAddresses == null ? List.of() : List.copyOf(ipAddresses);
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("certificate " + id + ": notAfter must be after notBefore");
        }
        if (issuerId == null && !ca) {
            throw new IllegalArgumentException("certificate " + id + ": a self-signed certificate must be a CA");
        }
    }

    /** A self-signed root CA. */
    public static CertificateSpec root(String id, DistinguishedName subject, Instant notBefore, Instant notAfter) {
        return new CertificateSpec(id, subject, null, true, List.of(), List.of(), notBefore, notAfter, null);
    }

    /** An intermediate CA issued by {@code issuerId}. */
    public static CertificateSpec intermediate(String id, DistinguishedName subject, String issuerId,
                                               Instant notBefore, Instant notAfter) {
        return new CertificateSpec(id, subject, issuerId, true, List.of(), List.of(), notBefore, notAfter, null);
    }

    /** A server (leaf) certificate issued by {@code issuerId}. */
    public static CertificateSpec leaf(String id, DistinguishedName subject, String issuerId, List<String> dnsNames,
                                       Instant notBefore, Instant notAfter) {
        return new CertificateSpec(id, subject, issuerId, false, dnsNames, List.of(), notBefore, notAfter, null);
    }
}
