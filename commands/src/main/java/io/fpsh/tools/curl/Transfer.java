package io.fpsh.tools.curl;

import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.ConnectionSpec;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.TlsVersion;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One curl run: builds an OkHttp client wired to the simulated device, performs the request (and -L
 * follow-ups), renders -v as curl does and turns every failure into curl's exit code and words.
 */
final class Transfer implements TcpEvents, ClockedTrustManager.Verdicts, TracingSslSocketFactory.TlsStart,
        HostnameVerifier {

    /** curl's built-in connect timeout (CURL_TIMEOUT_RESOLVE / DEFAULT_CONNECT_TIMEOUT): 300 s. */
    private static final long DEFAULT_CONNECT_TIMEOUT_MS = 300_000;

    private final CurlEnvironment env;
    private final CurlOptions o;
    private final CurlDialect dialect;
    private final GuardedOutput io;
    private final TlsHandshakeTrace tlsTrace;
    private final RecordingKeyManager keyManager = new RecordingKeyManager();
    private final long startNanos = System.nanoTime();
    /** curl 7.88 prints a heap pointer when it reuses a connection; any 64-bit user-space-looking value will do. */
    private final String fakeBundlePointer = String.format("0x55%010x", ThreadLocalRandom.current().nextLong(1L << 36) << 4);

    // What happened so far; written by OkHttp's callbacks on the transfer thread, read by the error mapper.
    private volatile boolean abandoned;
    private volatile Call currentCall;
    private HttpUrl url;
    private CurlRequestPlan plan;
    private String proxyHost;
    private int proxyPort;
    /** The credentials of the -x URL, sent with the CONNECT from the start as curl does; null when none. */
    private CurlTargets.ProxyTarget proxyCredentials;
    private TrustedRoots roots;
    private final TransferState state = new TransferState();
    private final ProgressMeter meter;
    /** curl notes data once until the next trace line: a body read in many chunks shows as one line. */
    private boolean dataNoted;
    private boolean followUp;
    /** Set once the request phase began: failures from then on come after the meter's first line. */
    private boolean performing;
    /** Session-ticket lines still to print after the first request on the newest TLS connection. */
    private List<String> pendingAfterRequest = List.of();
    private SSLSocket currentTlsSocket;
    private int nextConnectionId;
    private final Map<Connection, Integer> connectionIds = new IdentityHashMap<>();
    private Connection previousConnection;
    /** Start of the current request (curl restarts its connect-timeout clock for each redirect). */
    private long requestStartNanos;
    private long nameLookupNanos, connectNanos, appConnectNanos, startTransferNanos;
    /** The addresses of the latest lookup, in the order they are tried: curl halves the timeout while more follow. */
    private volatile List<InetAddress> lookedUp = List.of();
    /** Whether the current connect attempt has more addresses after it. */
    private boolean moreAddressesAfter;
    /** The previous attempt of this request timed out (curl's timeout or the kernel's). */
    private boolean previousAttemptTimedOut;
    private int httpStatus, redirectsFollowed;
    private String remoteIp, tlsProtocol, tlsCipher, certSubject, certIssuer;
    private Integer remotePort;

    Transfer(CurlEnvironment env, CurlOptions options, GuardedOutput io) {
        this.env = env;
        this.o = options;
        this.dialect = env.dialect();
        this.io = io;
        this.tlsTrace = new TlsHandshakeTrace(dialect);
        // curl hides its meter only when the body is drawn on the terminal (or -s)
        boolean bodyOnTerminal = env.stdoutIsTerminal() && (o.outputFile == null || o.outputFile.equals("-"));
        this.meter = new ProgressMeter(io, !o.silent && !bodyOnTerminal);
    }

    /** Ctrl-C: stop at once and say nothing more. */
    void abandon() {
        abandoned = true;
        io.mute();
        Call call = currentCall;
        if (call != null) call.cancel();
    }

    CurlResult run() {
        int exit = 0;
        String error = null;
        OkHttpClient client = null;
        try {
            url = CurlTargets.url(o.urls.get(0), dialect);
            if (dialect.legacy() && CurlTargets.lacksPath(o.urls.get(0))) trace("* Rebuilt URL to: " + url);
            plan = CurlRequestPlan.from(o, dialect, env.files());
            CurlTargets.ProxyTarget proxy = CurlTargets.proxy(o.proxy, dialect);
            if (proxy != null) {
                proxyHost = proxy.host();
                proxyPort = proxy.port();
                if (proxy.user() != null) proxyCredentials = proxy;
            }
            roots = TrustedRoots.load(o, dialect, env);
            client = buildClient();
            performing = true;
            try (ProgressMeter.Ticker ticker = meter.ticking()) {
                perform(client);
            }
        } catch (CurlFailure f) {
            exit = f.exitCode;
            error = f.getMessage();
            report(f);
        } catch (RuntimeException e) {
            // Whatever OkHttp or JSSE throws, the user sees a curl error, never a stack trace.
            CurlFailure f = new CurlFailure(56, "Failure when receiving data from the peer");
            exit = abandoned ? 130 : f.exitCode;
            error = f.getMessage();
            report(f);
        } finally {
            if (client != null) client.connectionPool().evictAll();
        }
        if (abandoned) exit = 130;
        if (o.writeOut != null && !abandoned) writeOut(exit, error);
        return result(exit, error);
    }

    // ---------------------------------------------------------------- setup

    private OkHttpClient buildClient() throws CurlFailure {
        ClockedTrustManager trust = new ClockedTrustManager(roots.certificates(), env.clock(), !o.insecure, this);
        SSLContext context;
        try {
            context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[]{keyManager}, new TrustManager[]{trust}, new SecureRandom());
        } catch (GeneralSecurityException e) {
            throw new CurlFailure(35, "SSL: couldn't create a context");
        }
        ConnectionSpec tls = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
                .allEnabledCipherSuites()
                .tlsVersions(dialect.legacy() ? new TlsVersion[]{TlsVersion.TLS_1_2}
                        : o.tls13Only ? new TlsVersion[]{TlsVersion.TLS_1_3}
                        : new TlsVersion[]{TlsVersion.TLS_1_3, TlsVersion.TLS_1_2})
                .build();
        long connectTimeout = connectLimitMillis();
        ResolverDns dns = new ResolverDns(env.resolver(), pinnedAddresses(), o.ipv4Only, o.ipv6Only, this::resolveDeadline,
                f -> state.dnsFailure = f, this::pinnedHostFound, meter::start);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dns(host -> lookedUp = dns.lookup(host))
                .socketFactory(new VirtualSocketFactory(env.network(), this))
                .sslSocketFactory(new TracingSslSocketFactory(context.getSocketFactory(), this), trust)
                .hostnameVerifier(this)
                .connectionSpecs(List.of(tls, ConnectionSpec.CLEARTEXT))
                .protocols(List.of(Protocol.HTTP_1_1))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .fastFallback(false)
                .connectTimeout(connectTimeout, TimeUnit.MILLISECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS)
                .writeTimeout(0, TimeUnit.MILLISECONDS)
                .callTimeout(o.maxTimeMillis, TimeUnit.MILLISECONDS)
                .addNetworkInterceptor(this::traceExchange)
                .proxyAuthenticator(this::proxyAuthorization)
                .proxy(proxyHost == null ? Proxy.NO_PROXY
                        : new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxyHost, proxyPort)));
        return builder.build();
    }

    /**
     * Basic credentials for the CONNECT: OkHttp asks first with a made-up 407 (sent up front, as curl does), then
     * on a real 407; a CONNECT that already carried them gets no second try (curl: 407, exit 56).
     */
    private Request proxyAuthorization(okhttp3.Route route, Response response) {
        if (proxyCredentials == null || response.request().header("Proxy-Authorization") != null) return null;
        return response.request().newBuilder().header("Proxy-Authorization", proxyAuthorizationValue()).build();
    }

    private String proxyAuthorizationValue() {
        return okhttp3.Credentials.basic(proxyCredentials.user(), proxyCredentials.password());
    }

    /** A --resolve name needs no lookup: curl says so before its meter's first line. */
    private void pinnedHostFound(String host) {
        trace("* Hostname " + host + " was found in DNS cache");
        meter.start();
    }

    /** --resolve entries for the URL's port; curl traces each one it adds to its DNS cache. */
    private Map<String, List<InetAddress>> pinnedAddresses() {
        CurlTargets.ResolveOverrides overrides = CurlTargets.resolveOverrides(o.resolveEntries, url.port());
        for (String entry : overrides.added()) trace("* Added " + entry + " to DNS cache");
        return overrides.addresses();
    }

    /** curl gives name resolution the connect timeout (and never more than what is left of --max-time). */
    private Duration resolveDeadline() {
        long limit = connectTimeoutOrDefault();
        if (o.maxTimeMillis > 0) limit = Math.min(limit, Math.max(1, o.maxTimeMillis - elapsedMillis()));
        return Duration.ofMillis(limit);
    }

    // ---------------------------------------------------------------- the transfer

    private void perform(OkHttpClient client) throws CurlFailure {
        String method = plan.method();
        byte[] body = plan.body();
        OutputSink sink = new OutputSink(o.outputFile, env.files(), io, o.showsErrors());
        while (true) {
            Response response = execute(client, method, body);
            try (response) {
                httpStatus = response.code();
                HttpUrl next = o.followRedirects && response.isRedirect() ? redirectTarget(response) : null;
                state.expectedLength = contentLength(response);
                // curl checks the size at the Content-Length header, -f only once the headers are complete
                if (o.maxFileSize > 0 && state.expectedLength > o.maxFileSize) {
                    throw new CurlFailure(63, "Maximum file size exceeded");
                }
                meter.expectedSize(state.expectedLength);
                if (o.failOnHttpError && httpStatus >= 400) {
                    throw new CurlFailure(22, dialect.httpError(httpStatus, response.message()));
                }
                traceHeader("< ");
                if (o.includeHeaders || o.headOnly) writeHeaderBlock(response, sink);
                if (next != null) {
                    trace("* Ignoring the response-body");
                    if (meter.isEnabled()) skipBody(response.body());
                    meter.finishRequest();
                    trace("* Connection #" + state.currentConnectionId + " to host " + connectionHost() + " left intact");
                    if (redirectsFollowed >= o.maxRedirects) {
                        throw new CurlFailure(47, "Maximum (" + o.maxRedirects + ") redirects followed", false);
                    }
                    clearCredentialsFor(next);
                    trace("* Issue another request to this URL: '" + next + "'");
                    redirectsFollowed++;
                    int code = response.code();
                    if (code == 303 || ((code == 301 || code == 302) && method.equals("POST"))) {
                        method = "GET";
                        body = null;
                    }
                    url = next;
                    followUp = true;
                    meter.nextRequest();
                    continue;
                }
                if (!method.equals("HEAD")) receiveBody(response.body(), sink);
                meter.finishRequest();
                boolean closing = "close".equalsIgnoreCase(response.header("Connection"));
                trace(closing ? "* Closing connection " + state.currentConnectionId
                        : "* Connection #" + state.currentConnectionId + " to host " + connectionHost() + " left intact");
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
        Request request = new Request.Builder().url(url).method(method, requestBody).build();
        requestStartNanos = System.nanoTime();
        previousAttemptTimedOut = false;
        Call call = client.newCall(request);
        currentCall = call;
        if (abandoned) throw new CurlFailure(130, "", false);
        try {
            return call.execute();
        } catch (IOException e) {
            throw failureFor(e);
        }
    }

    private HttpUrl redirectTarget(Response response) {
        String location = response.header("Location");
        return location == null ? null : url.resolve(location);
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
                noteData('{', n);
                meter.received(n);
                sink.write(buffer, n);
            }
        } catch (IOException e) {
            throw failureFor(e);
        }
    }

    /** A redirect's body: curl reads it (the meter counts it) but shows none of it. */
    private void skipBody(ResponseBody body) throws CurlFailure {
        if (body == null) return;
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = body.byteStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                noteData('{', n);
                meter.received(n);
            }
        } catch (IOException e) {
            throw failureFor(e);
        }
    }

    private void writeHeaderBlock(Response response, OutputSink sink) throws CurlFailure {
        StringBuilder block = new StringBuilder(statusLine(response)).append("\r\n");
        Headers headers = response.headers();
        for (int i = 0; i < headers.size(); i++) {
            // curl bolds header names on a terminal since 7.61; the device's 7.44 did not.
            boolean bold = env.stdoutIsTerminal() && sink.toStdout() && !dialect.legacy();
            String name = bold ? "\033[1m" + headers.name(i) + "\033[0m" : headers.name(i);
            block.append(name).append(": ").append(headers.value(i)).append("\r\n");
        }
        block.append("\r\n");
        byte[] bytes = block.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        sink.write(bytes, bytes.length);
    }

    private static String statusLine(Response response) {
        String version = response.protocol() == Protocol.HTTP_1_0 ? "HTTP/1.0" : "HTTP/1.1";
        return version + " " + response.code() + (response.message().isEmpty() ? "" : " " + response.message());
    }

    /** Network interceptor: send exactly curl's header lines and trace both directions. */
    private Response traceExchange(Interceptor.Chain chain) throws IOException {
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
        for (String[] h : plan.headerLines(request.url())) headers.addUnsafeNonAscii(h[0], h[1]);
        boolean absoluteForm = proxyHost != null && !request.url().isHttps();
        if (absoluteForm) headers.add("Proxy-Connection", "Keep-Alive");
        Request sent = request.newBuilder().headers(headers.build()).build();
        String target = absoluteForm ? request.url().toString()
                : request.url().encodedPath() + (request.url().encodedQuery() == null ? "" : "?" + request.url().encodedQuery());
        if (plan.basicUser() != null) trace("* Server auth using Basic with user '" + plan.basicUser() + "'");
        traceHeader("> " + request.method() + " " + target + " HTTP/1.1");
        for (int i = 0; i < sent.headers().size(); i++) traceHeader("> " + sent.headers().name(i) + ": " + sent.headers().value(i));
        traceHeader("> ");
        if (sent.body() != null && sent.body().contentLength() > 0) noteData('}', sent.body().contentLength());
        for (String line : pendingAfterRequest) trace(line);
        pendingAfterRequest = List.of();
        state.requestSent = true;
        state.wireBytesSinceRequest = 0;
        Response response = chain.proceed(sent);
        if (sent.body() != null) meter.sent(Math.max(0, sent.body().contentLength()));
        if (startTransferNanos == 0) startTransferNanos = System.nanoTime();
        traceHeader("< " + statusLine(response));
        for (int i = 0; i < response.headers().size(); i++) {
            traceHeader("< " + response.headers().name(i) + ": " + response.headers().value(i));
        }
        return response;
    }

    /** curl keeps -u credentials only while a redirect stays on the same host, port and scheme. */
    private void clearCredentialsFor(HttpUrl next) {
        boolean clear = !next.host().equalsIgnoreCase(url.host());
        if (next.port() != url.port()) {
            if (!dialect.legacy()) trace("* Clear auth, redirects to port from " + url.port() + " to " + next.port());
            clear = true;
        } else if (!next.scheme().equals(url.scheme())) {
            if (!dialect.legacy()) trace("* Clear auth, redirects scheme from " + url.scheme() + " to " + next.scheme());
            clear = true;
        }
        if (clear) plan = plan.withoutCredentials();
    }

    /** The host curl names in "Connection #N to host H": the proxy when there is one. */
    private String connectionHost() {
        return proxyHost != null ? proxyHost : url.host();
    }

    private void traceReuse() {
        if (dialect.legacy()) {
            trace("* Found bundle for host " + url.host() + ": " + fakeBundlePointer);
            trace("* Re-using existing connection! (#" + state.currentConnectionId + ") with host " + url.host());
            trace("* Connected to " + url.host() + " (" + remoteIp + ") port " + url.port() + " (#" + state.currentConnectionId + ")");
        } else {
            trace("* Found bundle for host: " + fakeBundlePointer + " [serially]");
            trace("* Can not multiplex, even if we wanted to");
            trace("* Re-using existing connection #" + state.currentConnectionId + " with host " + url.host());
        }
    }

    // ---------------------------------------------------------------- callbacks from sockets and TLS

    /**
     * curl's timeout for one connect attempt: what is left of the connect timeout (--connect-timeout, else 300 s,
     * never past -m), halved while more addresses of the same family follow so that they get their turn.
     */
    @Override
    public int connectTimeout(InetSocketAddress target, int requestedMillis) {
        long limit = connectLimitMillis();
        long spent = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - requestStartNanos);
        // A fast local lookup does not show in curl's "connect timeout after 2000ms": only a slow one shortens it.
        long left = spent < 50 ? limit : Math.max(1, limit - spent);
        moreAddressesAfter = moreAddressesAfter(target.getAddress());
        long budget = moreAddressesAfter ? Math.max(1, left / 2) : left;
        return (int) (requestedMillis <= 0 ? budget : Math.min(requestedMillis, budget));
    }

    /** Whether -m ends the connect phase before the connect timeout does. */
    private boolean maxTimeBinds() {
        return o.maxTimeMillis > 0 && o.maxTimeMillis < connectTimeoutOrDefault();
    }

    /** --connect-timeout, else curl's default. */
    private long connectTimeoutOrDefault() {
        return o.connectTimeoutMillis > 0 ? o.connectTimeoutMillis : DEFAULT_CONNECT_TIMEOUT_MS;
    }

    /** How long the whole connect phase may last: the connect timeout, never past -m. */
    private long connectLimitMillis() {
        return o.maxTimeMillis > 0 ? Math.min(connectTimeoutOrDefault(), o.maxTimeMillis) : connectTimeoutOrDefault();
    }

    private boolean moreAddressesAfter(InetAddress address) {
        List<InetAddress> addresses = lookedUp;
        int index = addresses.indexOf(address);
        if (index < 0) return false;
        for (InetAddress next : addresses.subList(index + 1, addresses.size())) {
            if ((next instanceof Inet6Address) == (address instanceof Inet6Address)) return true;
        }
        return false;
    }

    @Override
    public int pauseBeforeConnect() {
        return previousAttemptTimedOut ? dialect.pauseAfterTimeoutMillis() : 0;
    }

    @Override
    public void connectStarted(InetSocketAddress target) {
        previousAttemptTimedOut = false;
        meter.start();
        if (nameLookupNanos == 0) nameLookupNanos = System.nanoTime();
        state.lastTarget = target;
        trace(dialect.trying(IpText.of(target.getAddress()), target.getPort()));
    }

    @Override
    public void connected(InetSocketAddress target) {
        state.tcpConnected = true;
        connectNanos = System.nanoTime();
        state.currentConnectionId = nextConnectionId++;
        remoteIp = IpText.of(target.getAddress());
        remotePort = target.getPort();
        String shownHost = proxyHost != null ? proxyHost : url.host();
        trace("* Connected to " + shownHost + " (" + remoteIp + ") port " + target.getPort() + " (#" + state.currentConnectionId + ")");
        if (proxyHost != null && url.isHttps()) {
            String authority = url.host() + ":" + url.port();
            if (!dialect.legacy()) trace("* allocate connect buffer");
            trace("* Establish HTTP proxy tunnel to " + authority);
            if (proxyCredentials != null) trace("* Proxy auth using Basic with user '" + proxyCredentials.user() + "'");
            traceHeader("> CONNECT " + authority + " HTTP/1.1");
            traceHeader("> Host: " + authority);
            if (proxyCredentials != null) traceHeader("> Proxy-Authorization: " + proxyAuthorizationValue());
            if (plan.userAgent() != null) traceHeader("> User-Agent: " + plan.userAgent());
            traceHeader("> Proxy-Connection: Keep-Alive");
            traceHeader("> ");
        }
    }

    @Override
    public void received(int count) {
        state.wireBytesSinceRequest += count;
    }

    @Override
    public void refused(InetSocketAddress target) {
        state.lastConnectFailure = TransferState.ConnectFailure.REFUSED;
        trace("* connect to " + IpText.of(target.getAddress()) + " port " + target.getPort()
                + " failed: Connection refused");
    }

    @Override
    public void unreachable(InetSocketAddress target) {
        state.lastConnectFailure = TransferState.ConnectFailure.UNREACHABLE;
        trace("* connect to " + IpText.of(target.getAddress()) + " port " + target.getPort()
                + " failed: No route to host");
    }

    @Override
    public void timedOut(InetSocketAddress target, int timeoutMillis) {
        state.lastConnectFailure = TransferState.ConnectFailure.TIMEOUT;
        previousAttemptTimedOut = true;
        if (!dialect.legacy()) {
            // on the last address, -m running out is the transfer's timeout, not the connect's
            if (maxTimeBinds() && !moreAddressesAfter) return;
            String family = target.getAddress() instanceof Inet6Address ? "ipv6" : "ipv4";
            trace("* " + family + " connect timeout after " + timeoutMillis + "ms, move on!");
        } else if (moreAddressesAfter) {
            // 7.44 gives up on an address with its own words, then reports it as timed out like the kernel's
            trace("* After " + timeoutMillis + "ms connect time, move on!");
            traceConnectTimedOut(target);
        }
    }

    @Override
    public void synGaveUp(InetSocketAddress target) {
        state.lastConnectFailure = TransferState.ConnectFailure.SYN_TIMEOUT;
        previousAttemptTimedOut = true;
        traceConnectTimedOut(target);
    }

    private void traceConnectTimedOut(InetSocketAddress target) {
        trace("* connect to " + IpText.of(target.getAddress()) + " port " + target.getPort() + " failed: Connection timed out");
    }

    @Override
    public void starting(SSLSocket socket) throws IOException {
        state.tlsStarted = true;
        currentTlsSocket = socket;
        if (proxyHost != null) {
            traceHeader("< HTTP/1.1 200 Connection established");
            traceHeader("< ");
            if (dialect.legacy()) {
                trace("* Proxy replied OK to CONNECT request");
                trace("* CONNECT phase completed!");
            } else {
                trace("* CONNECT phase completed");
                trace("* CONNECT tunnel established, response 200");
            }
        }
        if (roots.loadFailure() != null) {
            if (!dialect.legacy()) trace("* ALPN: offers h2,http/1.1");
            throw new SSLException("CA file");
        }
        for (String line : tlsTrace.beforeServerReply(roots.caFileShown(), roots.caPathShown(), o.insecure)) trace(line);
    }

    @Override
    public void verified(X509Certificate[] chain, Optional<VerifyProblem> problem, String protocol) {
        state.verdictProblem = problem.orElse(null);
        if (problem.isPresent() && !o.insecure) {
            state.rejectedBy = problem.get();
            for (String line : tlsTrace.rejectedCertificate(protocol, problem.get())) trace(line);
        }
    }

    /** Called by OkHttp right after the handshake: the place where curl prints the session and certificate. */
    @Override
    public boolean verify(String host, SSLSession session) {
        state.tlsDone = true;
        appConnectNanos = System.nanoTime();
        tlsProtocol = session.getProtocol();
        tlsCipher = CipherNames.openSsl(session.getCipherSuite());
        for (String line : tlsTrace.completed(tlsProtocol, session.getCipherSuite(), keyManager.clientCertificateRequested())) {
            trace(line);
        }
        String alpn = currentTlsSocket == null ? null : currentTlsSocket.getApplicationProtocol();
        X509Certificate leaf;
        try {
            leaf = (X509Certificate) session.getPeerCertificates()[0];
        } catch (SSLPeerUnverifiedException | RuntimeException e) {
            return o.insecure;
        }
        ServerCertificateCheck check = ServerCertificateCheck.run(dialect, host, tlsProtocol, tlsCipher, alpn, leaf,
                state.verdictProblem, o.insecure);
        for (String line : check.lines()) trace(line);
        certSubject = check.subject();
        certIssuer = check.issuer();
        if (!check.hostMatches()) {
            state.hostMismatch = true;
            return false;
        }
        pendingAfterRequest = tlsTrace.afterFirstRequest(tlsProtocol);
        return true;
    }

    // ---------------------------------------------------------------- failures

    private CurlFailure failureFor(IOException e) {
        if (abandoned) return new CurlFailure(130, "", false);
        return new CurlErrorMapper(dialect, o.maxTimeMillis, maxTimeBinds(), url, proxyHost, proxyPort, roots.loadFailure())
                .map(e, state, elapsedMillis());
    }

    private void report(CurlFailure f) {
        if (f.exitCode == 130 || abandoned) return;
        if (performing) meter.start();
        // a name that never resolved leaves the meter's first line open: curl's error follows on the same line
        boolean meterEnds = f.exitCode != 5 && f.exitCode != 6;
        if (o.verbose && f.beforeConnection && !dialect.legacy()) {
            if (f.messageTraced) trace("* " + f.getMessage());
            trace("* Closing connection -1");
        } else if (o.verbose) {
            for (String line : f.traceBefore) trace(line);
            String message = f.getMessage();
            trace("* " + (message.endsWith("\n") ? message.substring(0, message.length() - 1) : message));
            if (meterEnds) meter.finishRequest();
            if (f.closesConnection) {
                trace("* Closing connection " + state.currentConnectionId);
                // OpenSSL's close_notify on an established TLS connection shows in 7.88's trace.
                if (state.tlsDone && !dialect.legacy()) trace("* " + tlsProtocol + " (OUT), TLS alert, close notify (256):");
            }
        }
        if (meterEnds) meter.finishRequest();
        if (o.showsErrors()) {
            io.error("curl: (" + f.exitCode + ") " + f.getMessage() + (f.getMessage().endsWith("\n") ? "" : "\n"));
            if (f.exitCode == 60) io.error(dialect.caCertHelp());
        }
    }

    // ---------------------------------------------------------------- results

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private Duration since(long nanos) {
        return nanos == 0 ? Duration.ZERO : Duration.ofNanos(nanos - startNanos);
    }

    private void writeOut(int exit, String error) {
        Map<String, String> v = new LinkedHashMap<>();
        long total = System.nanoTime() - startNanos;
        v.put("http_code", String.format(Locale.ROOT, "%03d", httpStatus));
        v.put("response_code", String.format(Locale.ROOT, "%03d", httpStatus));
        v.put("remote_ip", remoteIp == null ? "" : remoteIp);
        v.put("remote_port", remotePort == null ? "" : remotePort.toString());
        v.put("time_total", seconds(total));
        v.put("time_namelookup", seconds(nameLookupNanos == 0 ? 0 : nameLookupNanos - startNanos));
        v.put("time_connect", seconds(connectNanos == 0 ? 0 : connectNanos - startNanos));
        v.put("time_appconnect", seconds(appConnectNanos == 0 ? 0 : appConnectNanos - startNanos));
        v.put("time_starttransfer", seconds(startTransferNanos == 0 ? 0 : startTransferNanos - startNanos));
        v.put("size_download", Long.toString(state.bytesReceived));
        v.put("url_effective", url == null ? "" : url.toString());
        v.put("num_redirects", Integer.toString(redirectsFollowed));
        v.put("ssl_verify_result", state.verdictProblem == null ? "0" : Integer.toString(state.verdictProblem.code));
        v.put("exitcode", Integer.toString(exit));
        v.put("errormsg", error == null ? "" : error);
        v.put("http_version", httpStatus == 0 ? "0" : "1.1");
        String text = WriteOut.render(o.writeOut, v,
                name -> io.error("curl: unknown --write-out variable: '" + name + "'\n"));
        io.stdout(text);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }

    private CurlResult result(int exit, String error) {
        CurlResult.Timings timings = new CurlResult.Timings(since(nameLookupNanos), since(connectNanos),
                since(appConnectNanos), since(startTransferNanos), Duration.ofNanos(System.nanoTime() - startNanos));
        return new CurlResult(exit, error, httpStatus, remoteIp, remotePort, url == null ? null : url.toString(), timings,
                tlsProtocol, tlsCipher, certSubject, certIssuer,
                state.verdictProblem == null ? (state.tlsDone ? "ok" : null) : state.verdictProblem.text(dialect), state.bytesReceived);
    }

    private void trace(String line) {
        if (!o.verbose) return;
        io.traceLine(line);
        dataNoted = false;
    }

    private void traceHeader(String line) {
        if (!o.verbose) return;
        io.traceHeader(line);
        dataNoted = false;
    }

    /**
     * -v's "{ [N bytes data]" for body bytes, shown only when stdout is not a terminal (on one, the data itself
     * is there to see). TLS records get no such lines: fpsh does not reproduce OpenSSL's message sizes.
     */
    private void noteData(char direction, long bytes) {
        if (!o.verbose || env.stdoutIsTerminal() || dataNoted) return;
        io.traceLine(dialect.dataLine(direction, bytes));
        dataNoted = true;
    }
}
