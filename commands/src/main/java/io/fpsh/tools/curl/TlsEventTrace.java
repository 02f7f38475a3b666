package io.fpsh.tools.curl;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The TLS side of -v and of the transfer's record: the proxy's CONNECT reply and curl's lines before the handshake,
 * the verification verdict, and after the handshake the session and the server's certificate (where the host name
 * is checked, as OkHttp asks its {@link HostnameVerifier} then).
 */
final class TlsEventTrace implements TracingSslSocketFactory.TlsStart, ClockedTrustManager.Verdicts, HostnameVerifier {
    private final CurlDialect dialect;
    private final CurlOptions o;
    private final RequestTarget target;
    private final TrustedRoots roots;
    private final RecordingKeyManager keyManager;
    private final TlsHandshakeTrace tlsTrace;
    private final VerboseTrace trace;
    private final TransferState state;
    private final TransferFacts facts;
    private SSLSocket currentTlsSocket;
    /** Session-ticket lines still to print after the first request on the newest TLS connection. */
    private List<String> pendingAfterRequest = List.of();

    TlsEventTrace(CurlDialect dialect, CurlOptions options, RequestTarget target, TrustedRoots roots,
                  RecordingKeyManager keyManager, VerboseTrace trace, TransferState state, TransferFacts facts) {
        this.dialect = dialect;
        this.o = options;
        this.target = target;
        this.roots = roots;
        this.keyManager = keyManager;
        this.tlsTrace = new TlsHandshakeTrace(dialect);
        this.trace = trace;
        this.state = state;
        this.facts = facts;
    }

    /** The lines curl prints once the first request went out on a new TLS connection; later calls get none. */
    List<String> takeLinesAfterRequest() {
        List<String> lines = pendingAfterRequest;
        pendingAfterRequest = List.of();
        return lines;
    }

    @Override
    public void starting(SSLSocket socket) throws IOException {
        state.tlsStarted = true;
        currentTlsSocket = socket;
        if (target.viaProxy()) {
            trace.header("< HTTP/1.1 200 Connection established");
            trace.header("< ");
            if (dialect.legacy()) {
                trace.line("* Proxy replied OK to CONNECT request");
                trace.line("* CONNECT phase completed!");
            } else {
                trace.line("* CONNECT phase completed");
                trace.line("* CONNECT tunnel established, response 200");
            }
        }
        if (roots.loadFailure() != null) {
            if (!dialect.legacy()) trace.line("* ALPN: offers h2,http/1.1");
            throw new SSLException("CA file");
        }
        for (String line : tlsTrace.beforeServerReply(roots.caFileShown(), roots.caPathShown(), o.insecure)) trace.line(line);
    }

    @Override
    public void verified(X509Certificate[] chain, Optional<VerifyProblem> problem, String protocol) {
        state.verdictProblem = problem.orElse(null);
        if (problem.isPresent() && !o.insecure) {
            state.rejectedBy = problem.get();
            for (String line : tlsTrace.rejectedCertificate(protocol, problem.get())) trace.line(line);
        }
    }

    /** Called by OkHttp right after the handshake: the place where curl prints the session and certificate. */
    @Override
    public boolean verify(String host, SSLSession session) {
        state.tlsDone = true;
        facts.appConnectNanos = System.nanoTime();
        facts.tlsProtocol = session.getProtocol();
        facts.tlsCipher = CipherNames.openSsl(session.getCipherSuite());
        for (String line : tlsTrace.completed(facts.tlsProtocol, session.getCipherSuite(), keyManager.clientCertificateRequested())) {
            trace.line(line);
        }
        String alpn = currentTlsSocket == null ? null : currentTlsSocket.getApplicationProtocol();
        X509Certificate leaf;
        try {
            leaf = (X509Certificate) session.getPeerCertificates()[0];
        } catch (SSLPeerUnverifiedException | RuntimeException e) {
            return o.insecure;
        }
        ServerCertificateCheck check = ServerCertificateCheck.run(dialect, host, facts.tlsProtocol, facts.tlsCipher, alpn,
                leaf, state.verdictProblem, o.insecure);
        for (String line : check.lines()) trace.line(line);
        facts.certSubject = check.subject();
        facts.certIssuer = check.issuer();
        if (!check.hostMatches()) {
            state.hostMismatch = true;
            return false;
        }
        pendingAfterRequest = tlsTrace.afterFirstRequest(facts.tlsProtocol);
        return true;
    }
}
