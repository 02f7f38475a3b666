package io.fpsh.tools.curl;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

import javax.security.auth.x500.X500Principal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Certificate fields the way curl prints them through OpenSSL. */
final class CertificateText {

    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("2.5.4.6", "C"), Map.entry("2.5.4.8", "ST"), Map.entry("2.5.4.7", "L"), Map.entry("2.5.4.10", "O"),
            Map.entry("2.5.4.11", "OU"), Map.entry("2.5.4.3", "CN"), Map.entry("2.5.4.5", "serialNumber"),
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"), Map.entry("0.9.2342.19200300.100.1.25", "DC"),
            Map.entry("2.5.4.9", "street"), Map.entry("2.5.4.17", "postalCode"), Map.entry("2.5.4.4", "SN"),
            Map.entry("2.5.4.42", "GN"), Map.entry("2.5.4.12", "title"));

    /** OpenSSL's ASN1_TIME_print: "Nov 28 03:59:57 2026 GMT", day padded with a space. */
    private static final DateTimeFormatter OPENSSL_TIME =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.US);
    /** curl 7.44 formatted the dates itself: "2019-12-03 20:57:56 GMT". */
    private static final DateTimeFormatter LEGACY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'", Locale.US);

    private CertificateText() {}

    /** "C=US; O=Cisco Systems, Inc.; CN=host": attributes in certificate (DER) order, joined by "; ". */
    static String name(X500Principal principal) {
        X500Name name = X500Name.getInstance(principal.getEncoded());
        List<String> parts = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                parts.add(shortName(atv.getType()) + "=" + value(atv.getValue()));
            }
        }
        return String.join("; ", parts);
    }

    private static String shortName(ASN1ObjectIdentifier oid) {
        return SHORT_NAMES.getOrDefault(oid.getId(), oid.getId());
    }

    private static String value(ASN1Encodable value) {
        return value instanceof ASN1String s ? s.getString() : value.toString();
    }

    static String date(java.util.Date date, CurlDialect dialect) {
        ZonedDateTime utc = date.toInstant().atZone(ZoneOffset.UTC);
        return (dialect.legacy() ? LEGACY_TIME : OPENSSL_TIME).format(utc);
    }
}
