package io.fpsh.tools.curl;

/** The OpenSSL verification results fpsh can produce, with their X509_V_ERR numbers and TLS alert. */
public enum VerifyProblem {
    NOT_YET_VALID(9, "certificate is not yet valid", "bad certificate (554)"),
    EXPIRED(10, "certificate has expired", "certificate expired (557)"),
    SELF_SIGNED_LEAF(18, "%s certificate", "unknown CA (560)"),
    SELF_SIGNED_IN_CHAIN(19, "%s certificate in certificate chain", "unknown CA (560)"),
    UNKNOWN_ISSUER(20, "unable to get local issuer certificate", "unknown CA (560)");

    final int code;
    private final String text;
    /** The alert OpenSSL 3 sends and curl 7.88 traces, e.g. "unknown CA (560)". */
    final String alert;

    VerifyProblem(int code, String text, String alert) {
        this.code = code;
        this.text = text;
        this.alert = alert;
    }

    /** The X509_V_ERR number curl -k prints after the words. */
    public int code() {
        return code;
    }

    /** OpenSSL's words in the given dialect ("self-signed" vs "self signed"). */
    public String text(CurlDialect dialect) {
        return text.formatted(dialect.selfSigned());
    }
}
