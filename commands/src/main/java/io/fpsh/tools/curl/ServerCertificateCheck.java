package io.fpsh.tools.curl;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What curl does once the handshake is over: print the negotiated session and the "Server certificate:" block,
 * check the host name (unless -k) and report the verification verdict.
 *
 * @param lines        the -v lines, in curl's order
 * @param hostMatches  false when the name check failed (curl stops right after the subjectAltName line)
 */
record ServerCertificateCheck(List<String> lines, boolean hostMatches, String subject, String issuer) {

    /**
     * @param alpn    the protocol the server selected, null or empty when it ignored ALPN
     * @param verdict the chain verification problem (null when verified)
     */
    static ServerCertificateCheck run(CurlDialect dialect, String host, String protocol, String openSslCipher,
                                      String alpn, X509Certificate leaf, VerifyProblem verdict, boolean insecure) {
        List<String> lines = new ArrayList<>();
        lines.add("* SSL connection using " + protocol + " / " + openSslCipher);
        boolean agreed = alpn != null && !alpn.isEmpty();
        if (dialect.legacy()) {
            lines.add(agreed ? "* ALPN, server accepted to use " + alpn : "* ALPN, server did not agree to a protocol");
        } else {
            lines.add(agreed ? "* ALPN: server accepted " + alpn : "* ALPN: server did not agree on a protocol. Uses default.");
        }
        String prefix = dialect.certLinePrefix();
        String subject = CertificateText.name(leaf.getSubjectX500Principal());
        String issuer = CertificateText.name(leaf.getIssuerX500Principal());
        lines.add("* Server certificate:");
        lines.add(prefix + "subject: " + subject);
        lines.add(prefix + "start date: " + CertificateText.date(leaf.getNotBefore(), dialect));
        lines.add(prefix + "expire date: " + CertificateText.date(leaf.getNotAfter(), dialect));
        if (!insecure) {
            Optional<HostnameMatcher.Match> match = HostnameMatcher.match(host, leaf);
            if (match.isEmpty()) {
                lines.add(prefix + "subjectAltName does not match " + host);
                return new ServerCertificateCheck(lines, false, subject, issuer);
            }
            lines.add(prefix + match.get().traceLine(host, dialect));
        }
        lines.add(prefix + "issuer: " + issuer);
        lines.add(verdict == null ? prefix + "SSL certificate verify ok."
                : prefix + "SSL certificate verify result: " + verdict.text(dialect) + " (" + verdict.code
                + "), continuing anyway.");
        // Without ALPN, 7.88 only knows it will speak some HTTP/1.
        if (!dialect.legacy()) lines.add(agreed ? "* using HTTP/1.1" : "* using HTTP/1.x");
        return new ServerCertificateCheck(lines, true, subject, issuer);
    }
}
