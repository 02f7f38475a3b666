package io.fpsh.tools.curl;

import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The request and, with -L, each redirect after it: sends them, checks -f and --max-filesize, writes -i's headers
 * and the body to their sink, and moves the URL (and, as curl does, the method and credentials) along redirects.
 */
final class RedirectLoop {
    private final CurlOptions o;
    private final CurlDialect dialect;
    private final CurlEnvironment env;
    private final GuardedOutput io;
    private final RequestTarget target;
    private final SocketEventTrace sockets;
    private final ExchangeTrace exchange;
    private final VerboseTrace trace;
    private final ProgressMeter meter;
    private final TransferState state;
    private final TransferFacts facts;
    private final Function<IOException, CurlFailure> failures;
    private final BooleanSupplier abandoned;
    private volatile Call currentCall;

    RedirectLoop(CurlOptions options, CurlEnvironment env, GuardedOutput io, RequestTarget target, SocketEventTrace sockets,
                 ExchangeTrace exchange, VerboseTrace trace, ProgressMeter meter, TransferState state, TransferFacts facts,
                 Function<IOException, CurlFailure> failures, BooleanSupplier abandoned) {
        this.o = options;
        this.dialect = env.dialect();
        this.env = env;
        this.io = io;
        this.target = target;
        this.sockets = sockets;
        this.exchange = exchange;
        this.trace = trace;
        this.meter = meter;
        this.state = state;
        this.facts = facts;
        this.failures = failures;
        this.abandoned = abandoned;
    }

    /** Ctrl-C: the call in flight stops at once. */
    void cancel() {
        Call call = currentCall;
        if (call != null) call.cancel();
    }

    void perform(OkHttpClient client) throws CurlFailure {
        String method = target.plan.method();
        byte[] body = target.plan.body();
        OutputSink sink = new OutputSink(o.outputFile, env.files(), io, o.showsErrors());
        while (true) {
            Response response = execute(client, method, body);
            try (response) {
                facts.httpStatus = response.code();
                HttpUrl next = o.followRedirects && response.isRedirect() ? redirectTarget(response) : null;
                state.expectedLength = contentLength(response);
                // curl checks the size at the Content-Length header, -f only once the headers are complete
                if (o.maxFileSize > 0 && state.expectedLength > o.maxFileSize) {
                    throw new CurlFailure(63, "Maximum file size exceeded");
                }
                meter.expectedSize(state.expectedLength);
                if (o.failOnHttpError && facts.httpStatus >= 400) {
                    throw new CurlFailure(22, dialect.httpError(facts.httpStatus, response.message()));
                }
                trace.header("< ");
                if (o.includeHeaders || o.headOnly) writeHeaderBlock(response, sink);
                if (next != null) {
                    trace.line("* Ignoring the response-body");
                    if (meter.isEnabled()) skipBody(response.body());
                    meter.finishRequest();
                    trace.line("* Connection #" + state.currentConnectionId + " to host " + target.connectionHost() + " left intact");
                    if (facts.redirectsFollowed >= o.maxRedirects) {
                        throw new CurlFailure(47, "Maximum (" + o.maxRedirects + ") redirects followed", false);
                    }
                    clearCredentialsFor(next);
                    trace.line("* Issue another request to this URL: '" + next + "'");
                    facts.redirectsFollowed++;
                    int code = response.code();
                    if (code == 303 || ((code == 301 || code == 302) && method.equals("POST"))) {
                        method = "GET";
                        body = null;
                    }
                    target.url = next;
                    exchange.followingRedirect();
                    meter.nextRequest();
                    continue;
                }
                if (!method.equals("HEAD")) receiveBody(response.body(), sink);
                meter.finishRequest();
                boolean closing = "close".equalsIgnoreCase(response.header("Connection"));
                trace.line(closing ? "* Closing connection " + state.currentConnectionId
                        : "* Connection #" + state.currentConnectionId + " to host " + target.connectionHost() + " left intact");
            }
            break;
        }
        sink.finish();
    }

    private Response execute(OkHttpClient client, String method, byte[] body) throws CurlFailure {
        RequestBody requestBody = null;
        // OkHttp refuses a body on GET/HEAD and insists on one for POST-like methods (an empty one is sent as none).
        if (!method.equals("GET") && !method.equals("HEAD")) {
            if (body != null) requestBody = RequestBody.create(body, null);
            else if (List.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT").contains(method)) {
                requestBody = RequestBody.create(new byte[0], null);
            }
        }
        Request request = new Request.Builder().url(target.url).method(method, requestBody).build();
        sockets.requestStarted();
        Call call = client.newCall(request);
        currentCall = call;
        if (abandoned.getAsBoolean()) throw new CurlFailure(130, "", false);
        try {
            return call.execute();
        } catch (IOException e) {
            throw failures.apply(e);
        }
    }

    private HttpUrl redirectTarget(Response response) {
        String location = response.header("Location");
        return location == null ? null : target.url.resolve(location);
    }

    private static long contentLength(Response response) {
        String value = response.header("Content-Length");
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void receiveBody(ResponseBody body, OutputSink sink) throws CurlFailure {
        if (body == null) return;
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = body.byteStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                state.bytesReceived += n;
                trace.data('{', n);
                meter.received(n);
                sink.write(buffer, n);
            }
        } catch (IOException e) {
            throw failures.apply(e);
        }
    }

    /** A redirect's body: curl reads it (the meter counts it) but shows none of it. */
    private void skipBody(ResponseBody body) throws CurlFailure {
        if (body == null) return;
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = body.byteStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                trace.data('{', n);
                meter.received(n);
            }
        } catch (IOException e) {
            throw failures.apply(e);
        }
    }

    private void writeHeaderBlock(Response response, OutputSink sink) throws CurlFailure {
        StringBuilder block = new StringBuilder(StatusLine.of(response)).append("\r\n");
        Headers headers = response.headers();
        for (int i = 0; i < headers.size(); i++) {
            // curl bolds header names on a terminal since 7.61; the device's 7.44 did not.
            boolean bold = env.stdoutIsTerminal() && sink.toStdout() && !dialect.legacy();
            String name = bold ? "\033[1m" + headers.name(i) + "\033[0m" : headers.name(i);
            block.append(name).append(": ").append(headers.value(i)).append("\r\n");
        }
        block.append("\r\n");
        byte[] bytes = block.toString().getBytes(StandardCharsets.ISO_8859_1);
        sink.write(bytes, bytes.length);
    }

    /** curl keeps -u credentials only while a redirect stays on the same host, port and scheme. */
    private void clearCredentialsFor(HttpUrl next) {
        HttpUrl url = target.url;
        boolean clear = !next.host().equalsIgnoreCase(url.host());
        if (next.port() != url.port()) {
            if (!dialect.legacy()) trace.line("* Clear auth, redirects to port from " + url.port() + " to " + next.port());
            clear = true;
        } else if (!next.scheme().equals(url.scheme())) {
            if (!dialect.legacy()) trace.line("* Clear auth, redirects scheme from " + url.scheme() + " to " + next.scheme());
            clear = true;
        }
        if (clear) target.plan = target.plan.withoutCredentials();
    }
}
