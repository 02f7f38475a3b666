package io.fpsh.net.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * An X.500 name as an ordered list of attribute pairs, most significant first (C, ST, L, O, OU, CN), the order
 * {@code openssl x509 -subject} prints. Keeping pairs instead of a string avoids any ambiguity with values that
 * contain commas, such as {@code O=Cisco Systems, Inc.}.
 */
public record DistinguishedName(List<Attribute> attributes) {

    /** One relative distinguished name: a short attribute type (C, ST, L, O, OU, CN, emailAddress, ...) and its value. */
    public record Attribute(String type, String value) {
        public Attribute {
            Objects.requireNonNull(type, "attribute type");
            Objects.requireNonNull(value, "attribute value");
        }
    }

    // A separator is a comma followed by "Type=": a comma inside a value ("Cisco Systems, Inc.") is not followed by one.
    private static final Pattern SEPARATOR = Pattern.compile(",\\s*(?=[A-Za-z][A-Za-z0-9.]*\\s*=)");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9.]*)\\s*=\\s*(.*?)\\s*");

    public DistinguishedName {
        attributes = List.copyOf(attributes);
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("a distinguished name needs at least one attribute");
        }
    }

    /** Builds a name from alternating type/value strings: {@code of("C", "US", "O", "Cisco Systems, Inc.", "CN", "x")}. */
    public static DistinguishedName of(String... typesAndValues) {
        if (typesAndValues.length == 0 || typesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected type/value pairs, got " + typesAndValues.length + " strings");
        }
        List<Attribute> list = new ArrayList<>();
        for (int i = 0; i < typesAndValues.length; i += 2) {
            list.add(new Attribute(typesAndValues[i], typesAndValues[i + 1]));
        }
        return new DistinguishedName(list);
    }

    /**
     * Reads the one-line form the guide prints, {@code C=US, O=Cisco Systems, Inc., CN=api-sse.cisco.com}. A comma
     * splits attributes only when the next text looks like {@code Type=}; a value that itself contains
     * {@code ", X="} cannot be written this way (use {@link #of} instead).
     */
    public static DistinguishedName parse(String text) {
        List<Attribute> list = new ArrayList<>();
        for (String part : SEPARATOR.split(text.trim())) {
            Matcher m = ATTRIBUTE.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a 'Type=value' attribute: '" + part + "' in '" + text + "'");
            }
            list.add(new Attribute(m.group(1), m.group(2)));
        }
        return new DistinguishedName(list);
    }

    /** The BouncyCastle name, one single-valued RDN per attribute, in the given order. */
    public X500Name toX500Name() {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        for (Attribute attribute : attributes) {
            builder.addRDN(oid(attribute.type()), attribute.value());
        }
        return builder.build();
    }

    private static ASN1ObjectIdentifier oid(String type) {
        try {
            return BCStyle.INSTANCE.attrNameToOID(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown X.500 attribute type '" + type + "'", e);
        }
    }

    /** The OpenSSL one-line form, {@code C=US, O=Cisco Systems, Inc., CN=x} (what curl prints after "subject:"). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Attribute attribute : attributes) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(attribute.type()).append('=').append(attribute.value());
        }
        return sb.toString();
    }
}
