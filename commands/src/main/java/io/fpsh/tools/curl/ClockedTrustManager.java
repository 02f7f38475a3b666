package io.fpsh.tools.curl;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Verifies server chains with PKIX against the device's clock (not the host's), revocation off, and explains a
 * failure in OpenSSL's terms. With -k the verdict is only reported, never enforced.
 */
final class ClockedTrustManager extends X509ExtendedTrustManager {

    /** Told about every verdict, before the handshake goes on or is aborted. */
    interface Verdicts {
        void verified(X509Certificate[] chain, Optional<VerifyProblem> problem, String tlsProtocol);
    }

    private final List<X509Certificate> roots;
    private final Supplier<Instant> clock;
    private final boolean enforce;
    private final Verdicts verdicts;

    ClockedTrustManager(Collection<X509Certificate> roots, Supplier<Instant> clock, boolean enforce, Verdicts verdicts) {
        this.roots = List.copyOf(roots);
        this.clock = clock;
        this.enforce = enforce;
        this.verdicts = verdicts;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        String protocol = null;
        if (socket instanceof SSLSocket ssl && ssl.getHandshakeSession() != null) {
            protocol = ssl.getHandshakeSession().getProtocol();
        }
        judge(chain, protocol);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        judge(chain, engine != null && engine.getHandshakeSession() != null ? engine.getHandshakeSession().getProtocol() : null);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        judge(chain, null);
    }

    private void judge(X509Certificate[] chain, String protocol) throws CertificateException {
        Optional<VerifyProblem> problem = problemWith(chain);
        verdicts.verified(chain, problem, protocol);
        if (enforce && problem.isPresent()) {
            throw new CertificateException(problem.get().name());
        }
    }

    /** Empty when the chain is trusted at the device's current time. */
    Optional<VerifyProblem> problemWith(X509Certificate[] chain) {
        Date now = Date.from(clock.get());
        if (chainsToRoot(chain, now)) return Optional.empty();
        Optional<Date> allValid = momentWhenAllValid(chain);
        if (allValid.isPresent() && chainsToRoot(chain, allValid.get())) {
            return Optional.of(dateProblem(chain, now));
        }
        X509Certificate leaf = chain[0];
        if (chain.length == 1 && isSelfIssued(leaf)) return Optional.of(VerifyProblem.SELF_SIGNED_LEAF);
        if (isSelfIssued(chain[chain.length - 1])) {
            return Optional.of(chain.length == 1 ? VerifyProblem.SELF_SIGNED_LEAF : VerifyProblem.SELF_SIGNED_IN_CHAIN);
        }
        return Optional.of(VerifyProblem.UNKNOWN_ISSUER);
    }

    private boolean chainsToRoot(X509Certificate[] chain, Date at) {
        if (roots.isEmpty()) return false;
        // A leaf that is itself a trusted root (a pinned self-signed cert) is fine while it is valid.
        if (roots.contains(chain[0])) return validAt(chain[0], at);
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate root : roots) anchors.add(new TrustAnchor(root, null));
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(chain[0]);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            params.setRevocationEnabled(false);
            params.setDate(at);
            params.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(Arrays.asList(chain))));
            CertPathBuilder.getInstance("PKIX").build(params);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean validAt(X509Certificate cert, Date at) {
        return !at.before(cert.getNotBefore()) && !at.after(cert.getNotAfter());
    }

    private static Optional<Date> momentWhenAllValid(X509Certificate[] chain) {
        Date latestStart = chain[0].getNotBefore();
        Date earliestEnd = chain[0].getNotAfter();
        for (X509Certificate c : chain) {
            if (c.getNotBefore().after(latestStart)) latestStart = c.getNotBefore();
            if (c.getNotAfter().before(earliestEnd)) earliestEnd = c.getNotAfter();
        }
        return latestStart.after(earliestEnd) ? Optional.empty() : Optional.of(latestStart);
    }

    private static VerifyProblem dateProblem(X509Certificate[] chain, Date now) {
        for (X509Certificate c : chain) {
            if (now.before(c.getNotBefore())) return VerifyProblem.NOT_YET_VALID;
            if (now.after(c.getNotAfter())) return VerifyProblem.EXPIRED;
        }
        return VerifyProblem.EXPIRED;
    }

    private static boolean isSelfIssued(X509Certificate cert) {
        if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) return false;
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException { throw new CertificateException("client side only"); }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException { throw new CertificateException("client side only"); }

    @Override public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override public X509Certificate[] getAcceptedIssuers() { return roots.toArray(new X509Certificate[0]); }
}
