package io.fpsh.tools.curl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the certificates out of PEM text, skipping anything between the blocks (comments, keys, garbage). */
final class PemCertificates {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN (?:TRUSTED |X509 )?CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END (?:TRUSTED |X509 )?CERTIFICATE-----");

    private PemCertificates() {}

    static List<X509Certificate> parse(byte[] pem) {
        return parse(new String(pem, StandardCharsets.US_ASCII));
    }

    static List<X509Certificate> parse(String pem) {
        List<X509Certificate> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            try {
                byte[] der = Base64.getMimeDecoder().decode(m.group(1));
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                out.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            } catch (CertificateException | IllegalArgumentException e) {
                // OpenSSL skips a block it cannot parse; so do we.
            }
        }
        return out;
    }
}
