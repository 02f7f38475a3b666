package io.fpsh.net.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERT61String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DERUniversalString;
import org.bouncycastle.asn1.DERVisibleString;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * The name hash {@code openssl x509 -hash} prints and {@code c_rehash} uses for file names in a CA directory
 * (OpenSSL's X509_NAME_hash_ex): SHA-1 over the canonical encoding of the subject, first four bytes read
 * little-endian. The canonical encoding re-encodes every string value as a lower-cased, whitespace-collapsed
 * UTF8String and concatenates the DER of each RDN SET without the outer SEQUENCE, so that names differing only
 * in case, spacing or string type land in the same file.
 */
public final class OpenSslSubjectHash {

    private OpenSslSubjectHash() {
    }

    /** The 8 hex digit hash of the certificate's subject, as {@code openssl x509 -hash -noout} prints it. */
    public static String of(X509Certificate certificate) {
        return of(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
    }

    /** The 8 hex digit hash of a name. */
    public static String of(X500Name name) {
        byte[] digest = sha1(canonicalEncoding(name));
        long value = (digest[0] & 0xFFL) | (digest[1] & 0xFFL) << 8 | (digest[2] & 0xFFL) << 16 | (digest[3] & 0xFFL) << 24;
        return String.format("%08x", value);
    }

    /** The canonical encoding OpenSSL hashes (exposed for tests). */
    static byte[] canonicalEncoding(X500Name name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (RDN rdn : name.getRDNs()) {
                ASN1EncodableVector entries = new ASN1EncodableVector();
                for (AttributeTypeAndValue entry : rdn.getTypesAndValues()) {
                    entries.add(new DERSequence(new ASN1Encodable[] {entry.getType(), canonicalValue(entry.getValue())}));
                }
                out.write(new DERSet(entries).getEncoded(ASN1Encoding.DER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode name " + name, e);
        }
        return out.toByteArray();
    }

    // Only the string types OpenSSL canonicalises (its ASN1_MASK_CANON); anything else is hashed as it is.
    private static ASN1Encodable canonicalValue(ASN1Encodable value) {
        boolean canonicalised = value instanceof DERUTF8String || value instanceof DERPrintableString
                || value instanceof DERIA5String || value instanceof DERT61String || value instanceof DERBMPString
                || value instanceof DERUniversalString || value instanceof DERVisibleString;
        if (!canonicalised) {
            return value;
        }
        return new DERUTF8String(canonicalText(((ASN1String) value).getString()));
    }

    /** Trims, collapses inner whitespace runs to one space and lower-cases ASCII letters only, byte by byte like OpenSSL. */
    static String canonicalText(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int end = utf8.length;
        while (start < end && isSpace(utf8[start])) {
            start++;
        }
        while (end > start && isSpace(utf8[end - 1])) {
            end--;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = start; i < end; i++) {
            byte b = utf8[i];
            if (isSpace(b)) {
                out.write(' ');
                while (i + 1 < end && isSpace(utf8[i + 1])) {
                    i++;
                }
            } else if (b >= 'A' && b <= 'Z') {
                out.write(b + ('a' - 'A'));
            } else {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
