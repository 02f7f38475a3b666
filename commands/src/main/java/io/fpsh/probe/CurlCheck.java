package io.fpsh.probe;

/**
 * What the device's own {@code curl -v -k} says about one URL, in either curl dialect (7.44 on 6.x, 7.88 on newer).
 * Fields curl did not get to print are null: no address without a lookup, no TLS fields without a handshake, no
 * status without an HTTP answer. Dates are ISO-8601 UTC, whatever format curl printed them in.
 *
 * @param url                  the URL asked for (credentials masked)
 * @param proxy                the proxy curl went through ({@code -x}, credentials masked), or null
 * @param exitCode             curl's exit status: 0, or why it stopped (6 lookup, 7 connect, 28 timeout, 35 TLS...)
 * @param resolvedAddress      the first address curl tried (the proxy's when there is one)
 * @param connected            whether a TCP connection was made
 * @param connectedAddress     the address it connected to
 * @param connectedPort        the port it connected to
 * @param tlsVersion           e.g. {@code TLSv1.2}
 * @param cipher               the OpenSSL name, e.g. {@code ECDHE-RSA-AES128-GCM-SHA256}
 * @param certificateSubject   the server certificate's subject as curl prints it, {@code C=US; ...; CN=host}
 * @param certificateIssuer    its issuer, in the same form
 * @param certificateStartDate when it becomes valid, e.g. {@code 2019-12-03T20:57:56Z}
 * @param certificateExpireDate when it expires
 * @param verifyResult         {@code ok}, or OpenSSL's words for why the chain is not trusted (curl -k goes on anyway)
 * @param verifyCode           OpenSSL's verify code: 0 for ok, e.g. 19 for a self-signed certificate in the chain
 * @param httpStatus           the status of the server's answer (the last one read; a proxy's answer to CONNECT is
 *                             not it, so a proxy refusing the tunnel leaves it null)
 * @param caFile               the CA file the chain was checked against ({@code --cacert}); null with {@code -k}
 * @param tlsError             for exit 35, curl's words for why the handshake failed (a hang-up, a server that does
 *                             not speak TLS...); null otherwise
 * @param serverDate           the server's {@code Date} header (the server's clock, ISO-8601 UTC); null without one
 */
public record CurlCheck(String url, String proxy, int exitCode, String resolvedAddress, boolean connected,
                        String connectedAddress, Integer connectedPort, String tlsVersion, String cipher,
                        String certificateSubject, String certificateIssuer, String certificateStartDate,
                        String certificateExpireDate, String verifyResult, Integer verifyCode, Integer httpStatus,
                        String caFile, String tlsError, String serverDate) implements TimeDependent {

    /** The value of {@link #verifyResult} for a trusted chain. */
    public static final String VERIFIED = "ok";

    /** All but the server's Date, which moves on with every answer. */
    @Override
    public Record timeless() {
        return new CurlCheck(url, proxy, exitCode, resolvedAddress, connected, connectedAddress, connectedPort, tlsVersion,
                cipher, certificateSubject, certificateIssuer, certificateStartDate, certificateExpireDate, verifyResult,
                verifyCode, httpStatus, caFile, tlsError, null);
    }
}
