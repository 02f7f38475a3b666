package io.fpsh.tools.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-message TLS lines of curl -v. OkHttp/JSSE do not expose handshake messages, so they are rebuilt from
 * what the finished (or failed) handshake tells: protocol, key exchange, whether a client certificate was
 * asked for, and the verification verdict.
 */
final class TlsHandshakeTrace {

    private final CurlDialect dialect;

    TlsHandshakeTrace(CurlDialect dialect) {
        this.dialect = dialect;
    }

    /** Lines from the start of TLS up to and including the ClientHello (CA locations included). */
    List<String> beforeServerReply(String caFile, String caPath, boolean insecure) {
        List<String> lines = new ArrayList<>();
        if (dialect.legacy()) {
            lines.add("* ALPN, offering http/1.1");
            lines.add("* Cipher selection: ALL:!EXPORT:!EXPORT40:!EXPORT56:!aNULL:!LOW:!RC4:@STRENGTH");
            // 7.44 wrote both locations in one infof call: only the first line gets the "* " prefix.
            lines.add("* successfully set certificate verify locations:");
            lines.add("*   CAfile: " + (caFile == null ? "none" : caFile));
            lines.add("  CApath: " + (caPath == null ? "none" : caPath));
            lines.add("* TLSv1.2 (OUT), TLS header, Certificate Status (22):");
            lines.add("* TLSv1.2 (OUT), TLS handshake, Client hello (1):");
        } else {
            // OkHttp offers only http/1.1; curl 7.88 offers h2 too, and that is what an engineer sees.
            lines.add("* ALPN: offers h2,http/1.1");
            lines.add("* TLSv1.3 (OUT), TLS handshake, Client hello (1):");
            if (!insecure) {
                lines.add("*  CAfile: " + (caFile == null ? "none" : caFile));
                lines.add("*  CApath: " + (caPath == null ? "none" : caPath));
            }
        }
        return lines;
    }

    /** The server's flight up to its Certificate, then the alert the client sends when it rejects it. */
    List<String> rejectedCertificate(String protocol, VerifyProblem problem) {
        List<String> lines = new ArrayList<>();
        if (dialect.legacy()) {
            lines.add(msg("TLSv1.2", "IN", "handshake", "Server hello (2)"));
            lines.add(msg("TLSv1.2", "IN", "handshake", "Certificate (11)"));
            // 7.44 named alert records from the handshake table (alert level 2 = "Server hello").
            lines.add(msg("TLSv1.2", "OUT", "alert", "Server hello (2)"));
            return lines;
        }
        if ("TLSv1.2".equals(protocol)) {
            lines.add(msg("TLSv1.3", "IN", "handshake", "Server hello (2)"));
            lines.add(msg("TLSv1.2", "IN", "handshake", "Certificate (11)"));
            lines.add(msg("TLSv1.2", "OUT", "alert", problem.alert));
        } else {
            lines.add(msg("TLSv1.3", "IN", "handshake", "Server hello (2)"));
            lines.add(msg("TLSv1.3", "IN", "handshake", "Encrypted Extensions (8)"));
            lines.add(msg("TLSv1.3", "IN", "handshake", "Certificate (11)"));
            lines.add(msg("TLSv1.3", "OUT", "alert", problem.alert));
        }
        return lines;
    }

    /** TLS 1.2 from the server's Certificate to the client's key exchange: the same for both dialects. */
    private void addTls12KeyExchange(List<String> lines, boolean ephemeral, boolean clientCertRequested) {
        String v = "TLSv1.2";
        lines.add(msg(v, "IN", "handshake", "Certificate (11)"));
        if (ephemeral) lines.add(msg(v, "IN", "handshake", "Server key exchange (12)"));
        if (clientCertRequested) lines.add(msg(v, "IN", "handshake", "Request CERT (13)"));
        lines.add(msg(v, "IN", "handshake", "Server finished (14)"));
        if (clientCertRequested) lines.add(msg(v, "OUT", "handshake", "Certificate (11)"));
        lines.add(msg(v, "OUT", "handshake", "Client key exchange (16)"));
    }

    /** Everything from ServerHello to the client's Finished of a completed handshake. */
    List<String> completed(String protocol, String cipherSuite, boolean clientCertRequested) {
        boolean ephemeral = cipherSuite != null && (cipherSuite.contains("_ECDHE_") || cipherSuite.contains("_DHE_"));
        List<String> lines = new ArrayList<>();
        if (dialect.legacy()) {
            String v = "TLSv1.2";
            lines.add(msg(v, "IN", "handshake", "Server hello (2)"));
            addTls12KeyExchange(lines, ephemeral, clientCertRequested);
            // 7.44 looked the ChangeCipherSpec byte (1) up in the handshake table too.
            lines.add(msg(v, "OUT", "change cipher", "Client hello (1)"));
            lines.add(msg(v, "OUT", "handshake", "Finished (20)"));
            lines.add(msg(v, "IN", "change cipher", "Client hello (1)"));
            lines.add(msg(v, "IN", "handshake", "Finished (20)"));
            return lines;
        }
        if ("TLSv1.2".equals(protocol)) {
            String v = "TLSv1.2";
            lines.add(msg("TLSv1.3", "IN", "handshake", "Server hello (2)"));
            addTls12KeyExchange(lines, ephemeral, clientCertRequested);
            lines.add(msg(v, "OUT", "change cipher", "Change cipher spec (1)"));
            lines.add(msg(v, "OUT", "handshake", "Finished (20)"));
            lines.add(msg(v, "IN", "handshake", "Finished (20)"));
        } else {
            String v = "TLSv1.3";
            lines.add(msg(v, "IN", "handshake", "Server hello (2)"));
            lines.add(msg(v, "IN", "handshake", "Encrypted Extensions (8)"));
            if (clientCertRequested) lines.add(msg(v, "IN", "handshake", "Request CERT (13)"));
            lines.add(msg(v, "IN", "handshake", "Certificate (11)"));
            lines.add(msg(v, "IN", "handshake", "CERT verify (15)"));
            lines.add(msg(v, "IN", "handshake", "Finished (20)"));
            lines.add(msg(v, "OUT", "change cipher", "Change cipher spec (1)"));
            if (clientCertRequested) lines.add(msg(v, "OUT", "handshake", "Certificate (11)"));
            lines.add(msg(v, "OUT", "handshake", "Finished (20)"));
        }
        return lines;
    }

    /**
     * What 7.88 traces between its first request and the response on a fresh TLS 1.3 connection: the server's
     * session tickets (two, as OpenSSL-based servers send by default) and the session-cache update.
     */
    List<String> afterFirstRequest(String protocol) {
        if (dialect.legacy() || !"TLSv1.3".equals(protocol)) return List.of();
        return List.of(msg("TLSv1.3", "IN", "handshake", "Newsession Ticket (4)"),
                msg("TLSv1.3", "IN", "handshake", "Newsession Ticket (4)"),
                "* old SSL session ID is stale, removing");
    }

    private static String msg(String version, String direction, String kind, String name) {
        return "* " + version + " (" + direction + "), TLS " + kind + ", " + name + ":";
    }
}
