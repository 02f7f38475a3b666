package io.fpsh.tools.openssl;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * OpenSSL 1.0.2's X509_verify_cert as s_client runs it (no hostname check): build the chain from the served
 * certificates, then the trusted ones; check it from the top down; stop at the first error, which s_client's
 * callback reports ({@code verify error:num=N}) and, with its default verify depth, does not forgive.
 */
final class ChainVerifier {
    /** One call of the verify callback: the certificate at {@code depth} and its error (0: none). */
    record Step(int depth, X509Certificate certificate, int error) {}

    /** The callback's calls and the final {@code Verify return code}. */
    record Result(List<Step> steps, int code) {}

    static final int OK = 0;
    static final int UNABLE_TO_GET_ISSUER_CERT = 2;
    static final int CERT_NOT_YET_VALID = 9;
    static final int CERT_HAS_EXPIRED = 10;
    static final int DEPTH_ZERO_SELF_SIGNED_CERT = 18;
    static final int SELF_SIGNED_CERT_IN_CHAIN = 19;
    static final int UNABLE_TO_GET_ISSUER_CERT_LOCALLY = 20;
    static final int UNABLE_TO_VERIFY_LEAF_SIGNATURE = 21;

    /** X509_verify_cert_error_string, OpenSSL 1.0.2's wording ("self signed", not 3.0's "self-signed"). */
    static String reason(int code) {
        return switch (code) {
            case OK -> "ok";
            case UNABLE_TO_GET_ISSUER_CERT -> "unable to get issuer certificate";
            case CERT_NOT_YET_VALID -> "certificate is not yet valid";
            case CERT_HAS_EXPIRED -> "certificate has expired";
            case DEPTH_ZERO_SELF_SIGNED_CERT -> "self signed certificate";
            case SELF_SIGNED_CERT_IN_CHAIN -> "self signed certificate in certificate chain";
            case UNABLE_TO_GET_ISSUER_CERT_LOCALLY -> "unable to get local issuer certificate";
            case UNABLE_TO_VERIFY_LEAF_SIGNATURE -> "unable to verify the first certificate";
            default -> "certificate verify error";
        };
    }

    private ChainVerifier() {}

    static Result verify(List<X509Certificate> served, List<X509Certificate> trusted, Instant now) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(served.get(0));
        while (!selfSigned(chain.get(chain.size() - 1))) {
            X509Certificate top = chain.get(chain.size() - 1);
            X509Certificate next = issuerIn(top, served); // the served certificates first, then the trusted ones
            if (next == null || chain.contains(next)) {
                next = issuerIn(top, trusted);
            }
            if (next == null || chain.contains(next)) {
                break;
            }
            chain.add(next);
        }
        Steps steps = new Steps();
        int top = chain.size() - 1;
        X509Certificate last = chain.get(top);
        if (!selfSigned(last)) {
            if (!steps.report(top, last, UNABLE_TO_GET_ISSUER_CERT_LOCALLY)) {
                return steps.result();
            }
            // only the leaf: its signature cannot be checked, and the check ends there
            steps.report(0, last, UNABLE_TO_VERIFY_LEAF_SIGNATURE);
            return steps.result();
        }
        if (!trusted.contains(last) && !steps.report(top, last, top == 0 ? DEPTH_ZERO_SELF_SIGNED_CERT : SELF_SIGNED_CERT_IN_CHAIN)) {
            return steps.result();
        }
        for (int depth = top; depth >= 0; depth--) {
            X509Certificate certificate = chain.get(depth);
            int error = validity(certificate, now);
            if (error != OK && !steps.report(depth, certificate, error)) {
                return steps.result();
            }
            steps.report(depth, certificate, OK);
        }
        return steps.result();
    }

    /** The callback's calls so far: s_client forgives an error at depth 0 only (its verify depth is 0). */
    private static final class Steps {
        private final List<Step> steps = new ArrayList<>();
        private int code = OK;

        boolean report(int depth, X509Certificate certificate, int error) {
            steps.add(new Step(depth, certificate, error));
            if (error != OK) {
                code = error;
            }
            return error == OK || depth == 0;
        }

        Result result() {
            return new Result(List.copyOf(steps), code);
        }
    }

    private static int validity(X509Certificate certificate, Instant now) {
        Date at = Date.from(now);
        if (at.before(certificate.getNotBefore())) {
            return CERT_NOT_YET_VALID;
        }
        return at.after(certificate.getNotAfter()) ? CERT_HAS_EXPIRED : OK;
    }

    private static X509Certificate issuerIn(X509Certificate certificate, List<X509Certificate> candidates) {
        for (X509Certificate candidate : candidates) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()) && signs(candidate, certificate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()) && signs(certificate, certificate);
    }

    private static boolean signs(X509Certificate issuer, X509Certificate subject) {
        try {
            subject.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
