package io.fpsh.tools.curl;

import javax.security.auth.x500.X500Principal;
import java.net.InetAddress;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** curl's verifyhost: subjectAltName DNS/IP entries, one-label wildcards, and the CN only when there is no SAN. */
final class HostnameMatcher {

    /** How the host matched: by which certificate name, and whether that was an IP SAN or the CN fallback. */
    record Match(String certName, boolean ipAddress, boolean commonName) {

        /** The line curl prints (after the certificate-block prefix). */
        String traceLine(String host, CurlDialect dialect) {
            if (commonName) return "common name: " + certName + " (matched)";
            // 7.44 just said "matched"; 7.88 names both sides
            if (dialect.legacy()) return "subjectAltName: " + host + " matched";
            return ipAddress ? "subjectAltName: host \"" + host + "\" matched cert's IP address!"
                    : "subjectAltName: host \"" + host + "\" matched cert's \"" + certName + "\"";
        }
    }

    private static final Pattern CN = Pattern.compile("(?:^|,)\\s*CN=((?:\\\\.|[^,])*)");

    private HostnameMatcher() {}

    static Optional<Match> match(String host, X509Certificate cert) {
        String wanted = host.toLowerCase(Locale.ROOT);
        boolean isIp = looksLikeIp(wanted);
        boolean sawSan = false;
        try {
            Collection<List<?>> sans = cert.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    int type = (Integer) san.get(0);
                    String value = String.valueOf(san.get(1));
                    if (type == 2) {
                        sawSan = true;
                        if (!isIp && dnsMatches(wanted, value.toLowerCase(Locale.ROOT))) {
                            return Optional.of(new Match(value, false, false));
                        }
                    } else if (type == 7) {
                        sawSan = true;
                        if (isIp && sameIp(wanted, value)) {
                            return Optional.of(new Match(value, true, false));
                        }
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return Optional.empty();
        }
        if (sawSan) return Optional.empty();
        Matcher cn = CN.matcher(cert.getSubjectX500Principal().getName(X500Principal.RFC2253));
        if (cn.find() && dnsMatches(wanted, cn.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of(new Match(cn.group(1), false, true));
        }
        return Optional.empty();
    }

    private static boolean dnsMatches(String host, String pattern) {
        if (pattern.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(pattern.substring(1));
        }
        return host.equals(pattern);
    }

    private static boolean looksLikeIp(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    private static boolean sameIp(String a, String b) {
        try {
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (Exception e) {
            return false;
        }
    }
}
