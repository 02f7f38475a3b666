package io.fpsh.net.server;

import java.util.List;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * The TLS face of a lab server.
 *
 * @param context              the key material, usually {@link LabPki#serverContext(String, boolean)}
 * @param protocols            enabled protocol versions (e.g. only {@code TLSv1.2}); empty for the JVM defaults
 * @param cipherSuites         enabled suites in JSSE names (e.g. {@code TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}); empty for defaults
 * @param wantClientAuth       send a CertificateRequest, but carry on when the client has no certificate
 * @param applicationProtocols ALPN protocols the server accepts; empty means {@code http/1.1} only
 */
public record TlsSettings(SSLContext context, List<String> protocols, List<String> cipherSuites, boolean wantClientAuth,
                          List<String> applicationProtocols) {

    public TlsSettings {
        Objects.requireNonNull(context, "TLS context");
        protocols = protocols == null ? List.of() : List.copyOf(protocols);
        cipherSuites = cipherSuites == null ? List.of() : List.copyOf(cipherSuites);
        applicationProtocols = applicationProtocols == null || applicationProtocols.isEmpty()
                ? List.of("http/1.1") : List.copyOf(applicationProtocols);
    }

    /** JVM default protocols and suites, no client certificate request, ALPN http/1.1. */
    public static TlsSettings defaults(SSLContext context) {
        return new TlsSettings(context, List.of(), List.of(), false, List.of());
    }
}
