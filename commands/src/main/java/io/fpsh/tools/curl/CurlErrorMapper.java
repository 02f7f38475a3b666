package io.fpsh.tools.curl;

import okhttp3.HttpUrl;

import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Turns a failed transfer into curl's exit code and message. The recorded {@link TransferState} decides first
 * (DNS, connect, certificate, host name); the exception text is only consulted for what the state cannot tell
 * (TLS protocol errors, truncated replies).
 *
 * @param proxyHost    null when no proxy is used
 * @param maxTimeBinds -m is shorter than the connect timeout (--connect-timeout, else 300 s)
 */
record CurlErrorMapper(CurlDialect dialect, long maxTimeMillis, boolean maxTimeBinds, HttpUrl url, String proxyHost,
                       int proxyPort, String caLoadFailure) {

    CurlFailure map(IOException e, TransferState state, long elapsedMillis) {
        long ms = elapsedMillis;
        String connectHost = proxyHost != null ? proxyHost : url.host();
        int connectPort = state.lastTarget != null ? state.lastTarget.getPort() : proxyHost != null ? proxyPort : url.port();
        if (state.dnsFailure != null && !state.tcpConnected) return resolveFailure(state.dnsFailure);
        if (caLoadFailure != null && state.tlsStarted) return new CurlFailure(77, caLoadFailure);
        if (state.rejectedBy != null) return new CurlFailure(60, "SSL certificate problem: " + state.rejectedBy.text(dialect));
        if (state.hostMismatch) {
            return new CurlFailure(dialect.hostMismatchExitCode(),
                    "SSL: no alternative certificate subject name matches target host name '" + url.host() + "'");
        }
        if (!state.tcpConnected && state.lastConnectFailure == TransferState.ConnectFailure.REFUSED) {
            return new CurlFailure(7, dialect.connectRefused(connectHost, connectPort, ms));
        }
        if (!state.tcpConnected && state.lastConnectFailure == TransferState.ConnectFailure.UNREACHABLE) {
            return new CurlFailure(7, dialect.connectUnreachable(connectHost, connectPort, ms));
        }
        if (!state.tcpConnected && state.lastConnectFailure == TransferState.ConnectFailure.SYN_TIMEOUT && !timedOutByMaxTime(ms)) {
            return new CurlFailure(dialect.synTimeoutExitCode(), dialect.connectSynTimedOut(connectHost, connectPort, ms));
        }
        if (!state.tcpConnected && maxTimeBinds && (state.lastConnectFailure == TransferState.ConnectFailure.TIMEOUT || timedOutByMaxTime(ms))) {
            // -m ran out before the connect timeout: both curls say so with the transfer's words
            return new CurlFailure(28, "Connection timed out after " + ms + " milliseconds");
        }
        if (!state.tcpConnected && (state.lastConnectFailure == TransferState.ConnectFailure.TIMEOUT || timedOutByMaxTime(ms))) {
            return new CurlFailure(28, dialect.connectTimedOut(connectHost, connectPort, ms));
        }
        if (timedOutByMaxTime(ms)) {
            // curl distinguishes a TLS handshake cut by -m from a stalled transfer.
            if (url.isHttps() && !state.tlsDone) return new CurlFailure(28, "Connection timed out after " + ms + " milliseconds");
            String received = state.expectedLength >= 0 ? state.bytesReceived + " out of " + state.expectedLength
                    : Long.toString(state.bytesReceived);
            return new CurlFailure(28, "Operation timed out after " + ms + " milliseconds with " + received + " bytes received");
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Unexpected response code for CONNECT") || message.contains("Failed to authenticate with proxy")) {
            // OkHttp gives up on a 407 itself (no proxy credentials), with its own words
            String code = message.contains("authenticate") ? "407" : message.replaceAll(".*CONNECT: ?(\\d+).*", "$1");
            return new CurlFailure(56, dialect.legacy() ? "Received HTTP code " + code + " from proxy after CONNECT"
                    : "CONNECT tunnel failed, response " + code);
        }
        if (state.tlsStarted && !state.tlsDone) return tlsFailure(e, message);
        if (message.startsWith("Unexpected status line")) {
            // 7.88 refuses an answer that is not HTTP/1.x; 7.44 took it as HTTP/0.9 (fpsh does not replay that).
            return dialect.legacy() ? new CurlFailure(8, "Weird server reply")
                    : new CurlFailure(1, "Received HTTP/0.9 when not allowed");
        }
        if (headerLimitHit(e, state)) {
            // curl gives up at 300 KB of headers, OkHttp (which reads them for fpsh) already at 256 KiB
            return new CurlFailure(56, "Too large response headers: " + (OKHTTP_HEADER_LIMIT + 1) + " > " + OKHTTP_HEADER_LIMIT);
        }
        if (e instanceof EOFException || message.contains("unexpected end of stream") || message.contains("\\n not found")) {
            return new CurlFailure(52, "Empty reply from server");
        }
        if (message.toLowerCase(Locale.ROOT).contains("reset")) {
            return new CurlFailure(56, "Recv failure: Connection reset by peer");
        }
        return new CurlFailure(56, "Failure when receiving data from the peer");
    }

    /** OkHttp's budget for a response head (status line and header lines), in characters. */
    private static final int OKHTTP_HEADER_LIMIT = 256 * 1024;

    /**
     * OkHttp reports a head over its budget as it reports a truncated one ("\\n not found"); what tells them apart is
     * that more than the budget arrived since the request went out.
     */
    private static boolean headerLimitHit(Throwable e, TransferState state) {
        if (state.wireBytesSinceRequest < OKHTTP_HEADER_LIMIT) return false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("\\n not found")) return true;
        }
        return false;
    }

    private CurlFailure resolveFailure(ResolverDns.Failure failure) {
        String host = failure.host();
        if (failure.hitDeadline()) {
            return new CurlFailure(28, "Resolving timed out after " + failure.took().toMillis() + " milliseconds");
        }
        if (proxyHost != null && host.equalsIgnoreCase(proxyHost)) {
            return new CurlFailure(5, dialect.legacy() ? "Couldn't resolve proxy '" + host + "'" : "Could not resolve proxy: " + host);
        }
        // 7.44's threaded resolver said which getaddrinfo call failed before the error itself.
        List<String> before = dialect.legacy() ? List.of("* getaddrinfo(3) failed for " + host + ":" + url.port()) : List.of();
        return new CurlFailure(6, dialect.couldNotResolve(host), true, before);
    }

    private boolean timedOutByMaxTime(long ms) {
        return maxTimeMillis > 0 && ms >= maxTimeMillis - 20;
    }

    private CurlFailure tlsFailure(IOException e, String message) {
        String all = message + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (all.contains("Unsupported or unrecognized SSL message") || all.contains("plaintext connection")) {
            return new CurlFailure(35, dialect.wrongVersionNumber());
        }
        if (all.contains("protocol_version") || all.contains("No appropriate protocol")) {
            return new CurlFailure(35, dialect.protocolVersionAlert());
        }
        return new CurlFailure(35, dialect.handshakeCutOff(url.host(), url.port()));
    }
}
