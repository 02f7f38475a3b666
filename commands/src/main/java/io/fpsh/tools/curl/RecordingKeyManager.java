package io.fpsh.tools.curl;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * Has no client certificate, but notices when the server asks for one (JSSE then asks us for an alias): that
 * decides curl's "Request CERT (13)" trace lines.
 */
final class RecordingKeyManager extends X509ExtendedKeyManager {
    private volatile boolean asked;

    boolean clientCertificateRequested() { return asked; }

    @Override public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        asked = true;
        return null;
    }

    @Override public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        asked = true;
        return null;
    }

    @Override public String[] getClientAliases(String keyType, Principal[] issuers) { return null; }
    @Override public String[] getServerAliases(String keyType, Principal[] issuers) { return null; }
    @Override public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) { return null; }
    @Override public X509Certificate[] getCertificateChain(String alias) { return null; }
    @Override public PrivateKey getPrivateKey(String alias) { return null; }
}
