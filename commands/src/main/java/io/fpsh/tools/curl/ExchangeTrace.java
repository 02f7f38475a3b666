package io.fpsh.tools.curl;

import okhttp3.Connection;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * OkHttp's network interceptor: sends exactly curl's header lines and traces both directions, with curl's words
 * for a connection reused by a followed redirect.
 */
final class ExchangeTrace implements Interceptor {
    private final CurlDialect dialect;
    private final RequestTarget target;
    private final TlsEventTrace tls;
    private final VerboseTrace trace;
    private final ProgressMeter meter;
    private final TransferState state;
    private final TransferFacts facts;
    /** curl 7.88 prints a heap pointer when it reuses a connection; any 64-bit user-space-looking value will do. */
    private final String fakeBundlePointer = String.format("0x55%010x", ThreadLocalRandom.current().nextLong(1L << 36) << 4);
    private final Map<Connection, Integer> connectionIds = new IdentityHashMap<>();
    private Connection previousConnection;
    private boolean followUp;

    ExchangeTrace(CurlDialect dialect, RequestTarget target, TlsEventTrace tls, VerboseTrace trace, ProgressMeter meter,
                  TransferState state, TransferFacts facts) {
        this.dialect = dialect;
        this.target = target;
        this.tls = tls;
        this.trace = trace;
        this.meter = meter;
        this.state = state;
        this.facts = facts;
    }

    /** The next request follows a redirect: a connection used again is traced as reused. */
    void followingRedirect() {
        followUp = true;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Connection connection = chain.connection();
        if (connection != null) {
            Integer id = connectionIds.get(connection);
            if (id == null) {
                connectionIds.put(connection, state.currentConnectionId);
            } else {
                state.currentConnectionId = id;
                if (followUp && connection == previousConnection) traceReuse();
            }
            previousConnection = connection;
        }
        Headers.Builder headers = new Headers.Builder();
        for (String[] h : target.plan.headerLines(request.url())) headers.addUnsafeNonAscii(h[0], h[1]);
        boolean absoluteForm = target.viaProxy() && !request.url().isHttps();
        if (absoluteForm) headers.add("Proxy-Connection", "Keep-Alive");
        Request sent = request.newBuilder().headers(headers.build()).build();
        String requestTarget = absoluteForm ? request.url().toString()
                : request.url().encodedPath() + (request.url().encodedQuery() == null ? "" : "?" + request.url().encodedQuery());
        if (target.plan.basicUser() != null) trace.line("* Server auth using Basic with user '" + target.plan.basicUser() + "'");
        trace.header("> " + request.method() + " " + requestTarget + " HTTP/1.1");
        for (int i = 0; i < sent.headers().size(); i++) trace.header("> " + sent.headers().name(i) + ": " + sent.headers().value(i));
        trace.header("> ");
        if (sent.body() != null && sent.body().contentLength() > 0) trace.data('}', sent.body().contentLength());
        for (String line : tls.takeLinesAfterRequest()) trace.line(line);
        state.requestSent = true;
        state.wireBytesSinceRequest = 0;
        Response response = chain.proceed(sent);
        if (sent.body() != null) meter.sent(Math.max(0, sent.body().contentLength()));
        if (facts.startTransferNanos == 0) facts.startTransferNanos = System.nanoTime();
        trace.header("< " + StatusLine.of(response));
        for (int i = 0; i < response.headers().size(); i++) {
            trace.header("< " + response.headers().name(i) + ": " + response.headers().value(i));
        }
        return response;
    }

    private void traceReuse() {
        String host = target.url.host();
        if (dialect.legacy()) {
            trace.line("* Found bundle for host " + host + ": " + fakeBundlePointer);
            trace.line("* Re-using existing connection! (#" + state.currentConnectionId + ") with host " + host);
            trace.line("* Connected to " + host + " (" + facts.remoteIp + ") port " + target.url.port() + " (#" + state.currentConnectionId + ")");
        } else {
            trace.line("* Found bundle for host: " + fakeBundlePointer + " [serially]");
            trace.line("* Can not multiplex, even if we wanted to");
            trace.line("* Re-using existing connection #" + state.currentConnectionId + " with host " + host);
        }
    }
}
