package io.fpsh.net.server;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;

import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Validates certificate chains against the lab roots at the lab clock's instant instead of the wall clock, so a
 * simulated device living in another time sees "certificate expired" exactly when the lab says so. Each check
 * builds a PKIX trust manager for the current lab instant (checks are rare, one per handshake).
 */
final class LabClockTrustManager extends X509ExtendedTrustManager {

    private final KeyStore trustStore;
    private final Supplier<Instant> clock;
    private final X509Certificate[] acceptedIssuers;

    LabClockTrustManager(KeyStore trustStore, X509Certificate[] acceptedIssuers, Supplier<Instant> clock) {
        this.trustStore = trustStore;
        this.acceptedIssuers = acceptedIssuers.clone();
        this.clock = clock;
    }

    private X509ExtendedTrustManager atLabTime() throws CertificateException {
        try {
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustStore, new X509CertSelector());
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.get()));
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(new CertPathTrustManagerParameters(parameters));
            return (X509ExtendedTrustManager) factory.getTrustManagers()[0];
        } catch (GeneralSecurityException e) {
            throw new CertificateException("cannot set up lab certificate validation: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        atLabTime().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        atLabTime().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        atLabTime().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        atLabTime().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        atLabTime().checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        atLabTime().checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return acceptedIssuers.clone();
    }
}
