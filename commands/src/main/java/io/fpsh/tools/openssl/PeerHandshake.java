package io.fpsh.tools.openssl;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.security.auth.x500.X500Principal;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The TLS handshake s_client makes, on a connected socket: it accepts any certificate (s_client reports, it does
 * not refuse) and records what the server asked of a client certificate; TLS 1.2 at most and no SNI unless
 * {@code -servername}, as OpenSSL 1.0.2.
 */
final class PeerHandshake {
    /** What the handshake showed. {@code acceptableIssuers} null when the server asked no client certificate. */
    record Peer(SSLSocket socket, List<X509Certificate> chain, String protocol, String cipherSuite, byte[] sessionId,
                List<X500Principal> acceptableIssuers) {}

    private PeerHandshake() {}

    static Peer handshake(Socket connected, String host, int port, String serverName) throws IOException {
        List<X500Principal> issuers = new ArrayList<>();
        boolean[] asked = {false};
        SSLContext context;
        try {
            context = SSLContext.getInstance("TLSv1.2");
            context.init(new KeyManager[] {new RecordingKeyManager(issuers, asked)}, new TrustManager[] {new AcceptingTrustManager()}, null);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(connected, host, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.2"});
        parameters.setServerNames(serverName == null ? List.of() : List.of(new SNIHostName(serverName)));
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        SSLSession session = socket.getSession();
        List<X509Certificate> chain = new ArrayList<>();
        for (java.security.cert.Certificate certificate : session.getPeerCertificates()) {
            chain.add((X509Certificate) certificate);
        }
        return new Peer(socket, chain, session.getProtocol(), session.getCipherSuite(), session.getId(),
                asked[0] ? List.copyOf(issuers) : null);
    }

    /** Has no certificate to offer; keeps the CA names a server's CertificateRequest lists. */
    private static final class RecordingKeyManager extends X509ExtendedKeyManager {
        private final List<X500Principal> issuers;
        private final boolean[] asked;

        RecordingKeyManager(List<X500Principal> issuers, boolean[] asked) {
            this.issuers = issuers;
            this.asked = asked;
        }

        private String record(Principal[] names) {
            asked[0] = true;
            if (names != null && issuers.isEmpty()) {
                Arrays.stream(names).filter(X500Principal.class::isInstance).map(X500Principal.class::cast).forEach(issuers::add);
            }
            return null;
        }

        @Override public String chooseClientAlias(String[] keyType, Principal[] names, Socket socket) { return record(names); }
        @Override public String chooseEngineClientAlias(String[] keyType, Principal[] names, SSLEngine engine) { return record(names); }
        @Override public String[] getClientAliases(String keyType, Principal[] names) { record(names); return null; }
        @Override public String[] getServerAliases(String keyType, Principal[] names) { return null; }
        @Override public String chooseServerAlias(String keyType, Principal[] names, Socket socket) { return null; }
        @Override public X509Certificate[] getCertificateChain(String alias) { return null; }
        @Override public PrivateKey getPrivateKey(String alias) { return null; }
    }

    /** s_client verifies after the fact (ChainVerifier) and goes on whatever it finds. */
    private static final class AcceptingTrustManager extends X509ExtendedTrustManager {
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {}
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }
}
