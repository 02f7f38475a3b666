package io.fpsh.tools.curl;

import java.net.Inet6Address;
import java.net.InetSocketAddress;

/**
 * The socket's side of -v and of the transfer's record: each connect attempt (its timeout, the pause before it,
 * how it ended), the proxy's CONNECT, and the bytes read.
 */
final class SocketEventTrace implements TcpEvents {
    private final CurlDialect dialect;
    private final RequestTarget target;
    private final ConnectTimeouts timeouts;
    private final VerboseTrace trace;
    private final ProgressMeter meter;
    private final TransferState state;
    private final TransferFacts facts;
    private int nextConnectionId;
    /** Whether the current connect attempt has more addresses after it. */
    private boolean moreAddressesAfter;
    /** The previous attempt of this request timed out (curl's timeout or the kernel's). */
    private boolean previousAttemptTimedOut;

    SocketEventTrace(CurlDialect dialect, RequestTarget target, ConnectTimeouts timeouts, VerboseTrace trace,
                     ProgressMeter meter, TransferState state, TransferFacts facts) {
        this.dialect = dialect;
        this.target = target;
        this.timeouts = timeouts;
        this.trace = trace;
        this.meter = meter;
        this.state = state;
        this.facts = facts;
    }

    /** A request (the first or a redirect's) starts: its connect clock restarts. */
    void requestStarted() {
        timeouts.requestStarted();
        previousAttemptTimedOut = false;
    }

    @Override
    public int connectTimeout(InetSocketAddress address, int requestedMillis) {
        moreAddressesAfter = timeouts.moreAddressesAfter(address.getAddress());
        return timeouts.attemptMillis(requestedMillis, moreAddressesAfter);
    }

    @Override
    public int pauseBeforeConnect() {
        return previousAttemptTimedOut ? dialect.pauseAfterTimeoutMillis() : 0;
    }

    @Override
    public void connectStarted(InetSocketAddress address) {
        previousAttemptTimedOut = false;
        meter.start();
        if (facts.nameLookupNanos == 0) facts.nameLookupNanos = System.nanoTime();
        state.lastTarget = address;
        trace.line(dialect.trying(IpText.of(address.getAddress()), address.getPort()));
    }

    @Override
    public void connected(InetSocketAddress address) {
        state.tcpConnected = true;
        facts.connectNanos = System.nanoTime();
        state.currentConnectionId = nextConnectionId++;
        facts.remoteIp = IpText.of(address.getAddress());
        facts.remotePort = address.getPort();
        trace.line("* Connected to " + target.connectionHost() + " (" + facts.remoteIp + ") port " + address.getPort()
                + " (#" + state.currentConnectionId + ")");
        if (target.viaProxy() && target.url.isHttps()) traceConnectRequest();
    }

    /** The CONNECT curl sends a proxy for an https URL, with the proxy's credentials when -x has them. */
    private void traceConnectRequest() {
        String authority = target.url.host() + ":" + target.url.port();
        if (!dialect.legacy()) trace.line("* allocate connect buffer");
        trace.line("* Establish HTTP proxy tunnel to " + authority);
        if (target.proxyCredentials != null) {
            trace.line("* Proxy auth using Basic with user '" + target.proxyCredentials.user() + "'");
        }
        trace.header("> CONNECT " + authority + " HTTP/1.1");
        trace.header("> Host: " + authority);
        if (target.proxyCredentials != null) trace.header("> Proxy-Authorization: " + target.proxyAuthorizationValue());
        if (target.plan.userAgent() != null) trace.header("> User-Agent: " + target.plan.userAgent());
        trace.header("> Proxy-Connection: Keep-Alive");
        trace.header("> ");
    }

    @Override
    public void received(int count) {
        state.wireBytesSinceRequest += count;
    }

    @Override
    public void refused(InetSocketAddress address) {
        state.lastConnectFailure = TransferState.ConnectFailure.REFUSED;
        trace.line("* connect to " + IpText.of(address.getAddress()) + " port " + address.getPort()
                + " failed: Connection refused");
    }

    @Override
    public void unreachable(InetSocketAddress address) {
        state.lastConnectFailure = TransferState.ConnectFailure.UNREACHABLE;
        trace.line("* connect to " + IpText.of(address.getAddress()) + " port " + address.getPort()
                + " failed: No route to host");
    }

    @Override
    public void timedOut(InetSocketAddress address, int timeoutMillis) {
        state.lastConnectFailure = TransferState.ConnectFailure.TIMEOUT;
        previousAttemptTimedOut = true;
        if (!dialect.legacy()) {
            // on the last address, -m running out is the transfer's timeout, not the connect's
            if (timeouts.maxTimeBinds() && !moreAddressesAfter) return;
            String family = address.getAddress() instanceof Inet6Address ? "ipv6" : "ipv4";
            trace.line("* " + family + " connect timeout after " + timeoutMillis + "ms, move on!");
        } else if (moreAddressesAfter) {
            // 7.44 gives up on an address with its own words, then reports it as timed out like the kernel's
            trace.line("* After " + timeoutMillis + "ms connect time, move on!");
            traceConnectTimedOut(address);
        }
    }

    @Override
    public void synGaveUp(InetSocketAddress address) {
        state.lastConnectFailure = TransferState.ConnectFailure.SYN_TIMEOUT;
        previousAttemptTimedOut = true;
        traceConnectTimedOut(address);
    }

    private void traceConnectTimedOut(InetSocketAddress address) {
        trace.line("* connect to " + IpText.of(address.getAddress()) + " port " + address.getPort()
                + " failed: Connection timed out");
    }
}
