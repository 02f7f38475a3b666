package io.fpsh.tools.openssl;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

import javax.security.auth.x500.X500Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A certificate name the two ways OpenSSL 1.0.2's s_client prints it, attributes in certificate order. */
final class X509Names {
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("2.5.4.6", "C"), Map.entry("2.5.4.8", "ST"), Map.entry("2.5.4.7", "L"), Map.entry("2.5.4.10", "O"),
            Map.entry("2.5.4.11", "OU"), Map.entry("2.5.4.3", "CN"), Map.entry("2.5.4.5", "serialNumber"),
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"), Map.entry("0.9.2342.19200300.100.1.25", "DC"));

    private X509Names() {}

    /** X509_NAME_oneline: {@code /C=US/O=Cisco Systems, Inc./CN=host} (the chain, subject= and issuer= lines). */
    static String oneline(X500Principal principal) {
        StringBuilder text = new StringBuilder();
        for (String[] pair : pairs(principal)) {
            text.append('/').append(pair[0]).append('=').append(pair[1]);
        }
        return text.toString();
    }

    /** XN_FLAG_ONELINE: {@code C = US, O = "Cisco Systems, Inc.", CN = host} (the depth= lines). */
    static String spaced(X500Principal principal) {
        List<String> parts = new ArrayList<>();
        for (String[] pair : pairs(principal)) {
            String value = pair[1].matches(".*[,+;<>#=\"].*") ? "\"" + pair[1] + "\"" : pair[1];
            parts.add(pair[0] + " = " + value);
        }
        return String.join(", ", parts);
    }

    private static List<String[]> pairs(X500Principal principal) {
        List<String[]> pairs = new ArrayList<>();
        for (RDN rdn : X500Name.getInstance(principal.getEncoded()).getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                pairs.add(new String[] {SHORT_NAMES.getOrDefault(atv.getType().getId(), atv.getType().getId()), value(atv.getValue())});
            }
        }
        return pairs;
    }

    private static String value(ASN1Encodable value) {
        return value instanceof ASN1String s ? s.getString() : value.toString();
    }
}
