package io.fpsh.tools.curl;

import okhttp3.OkHttpClient;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * One curl run: sets up the request ({@link RequestTarget}), the traces ({@link SocketEventTrace},
 * {@link TlsEventTrace}, {@link ExchangeTrace}) and the client ({@link TransferClient}), runs the
 * {@link RedirectLoop}, and turns every failure into curl's exit code and words.
 */
final class Transfer {

    private final CurlEnvironment env;
    private final CurlOptions o;
    private final CurlDialect dialect;
    private final GuardedOutput io;
    private final RecordingKeyManager keyManager = new RecordingKeyManager();
    private final TransferFacts facts = new TransferFacts();
    private final TransferState state = new TransferState();
    private final ProgressMeter meter;
    private final VerboseTrace trace;
    private final ConnectTimeouts timeouts;
    private final RequestTarget target = new RequestTarget();
    private TrustedRoots roots;
    private volatile boolean abandoned;
    private volatile RedirectLoop loop;
    /** Set once the request phase began: failures from then on come after the meter's first line. */
    private boolean performing;

    Transfer(CurlEnvironment env, CurlOptions options, GuardedOutput io) {
        this.env = env;
        this.o = options;
        this.dialect = env.dialect();
        this.io = io;
        // curl hides its meter only when the body is drawn on the terminal (or -s)
        boolean bodyOnTerminal = env.stdoutIsTerminal() && (o.outputFile == null || o.outputFile.equals("-"));
        this.meter = new ProgressMeter(io, !o.silent && !bodyOnTerminal);
        this.trace = new VerboseTrace(o.verbose, env.stdoutIsTerminal(), dialect, io);
        this.timeouts = new ConnectTimeouts(o, facts::elapsedMillis);
    }

    /** Ctrl-C: stop at once and say nothing more. */
    void abandon() {
        abandoned = true;
        io.mute();
        RedirectLoop running = loop;
        if (running != null) running.cancel();
    }

    CurlResult run() {
        int exit = 0;
        String error = null;
        OkHttpClient client = null;
        try {
            target.url = CurlTargets.url(o.urls.get(0), dialect);
            if (dialect.legacy() && CurlTargets.lacksPath(o.urls.get(0))) trace.line("* Rebuilt URL to: " + target.url);
            target.plan = CurlRequestPlan.from(o, dialect, env.files());
            target.useProxy(CurlTargets.proxy(o.proxy, dialect));
            roots = TrustedRoots.load(o, dialect, env);
            SocketEventTrace sockets = new SocketEventTrace(dialect, target, timeouts, trace, meter, state, facts);
            TlsEventTrace tls = new TlsEventTrace(dialect, o, target, roots, keyManager, trace, state, facts);
            ExchangeTrace exchange = new ExchangeTrace(dialect, target, tls, trace, meter, state, facts);
            client = buildClient(sockets, tls, exchange);
            loop = new RedirectLoop(o, env, io, target, sockets, exchange, trace, meter, state, facts, this::failureFor,
                    () -> abandoned);
            performing = true;
            try (ProgressMeter.Ticker ticker = meter.ticking()) {
                loop.perform(client);
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
        return facts.result(exit, error, effectiveUrl(), state, dialect);
    }

    private OkHttpClient buildClient(SocketEventTrace sockets, TlsEventTrace tls, ExchangeTrace exchange) throws CurlFailure {
        ClockedTrustManager trust = new ClockedTrustManager(roots.certificates(), env.clock(), !o.insecure, tls);
        SSLContext context = TransferClient.tlsContext(keyManager, trust);
        ResolverDns dns = new ResolverDns(env.resolver(), pinnedAddresses(), o.ipv4Only, o.ipv6Only, timeouts::resolveDeadline,
                f -> state.dnsFailure = f, this::pinnedHostFound, meter::start);
        TransferClient.Hooks hooks = new TransferClient.Hooks(host -> timeouts.lookedUp(dns.lookup(host)),
                new VirtualSocketFactory(env.network(), sockets), tls, tls, exchange, target::proxyAuthorization);
        return TransferClient.build(o, dialect, context, trust, hooks, target.proxy(), timeouts.connectLimitMillis());
    }

    /** A --resolve name needs no lookup: curl says so before its meter's first line. */
    private void pinnedHostFound(String host) {
        trace.line("* Hostname " + host + " was found in DNS cache");
        meter.start();
    }

    /** --resolve entries for the URL's port; curl traces each one it adds to its DNS cache. */
    private Map<String, List<InetAddress>> pinnedAddresses() {
        CurlTargets.ResolveOverrides overrides = CurlTargets.resolveOverrides(o.resolveEntries, target.url.port());
        for (String entry : overrides.added()) trace.line("* Added " + entry + " to DNS cache");
        return overrides.addresses();
    }

    // ---------------------------------------------------------------- failures

    private CurlFailure failureFor(IOException e) {
        if (abandoned) return new CurlFailure(130, "", false);
        return new CurlErrorMapper(dialect, o.maxTimeMillis, timeouts.maxTimeBinds(), target.url, target.proxyHost,
                target.proxyPort, roots.loadFailure()).map(e, state, facts.elapsedMillis());
    }

    private void report(CurlFailure f) {
        if (f.exitCode == 130 || abandoned) return;
        if (performing) meter.start();
        // a name that never resolved leaves the meter's first line open: curl's error follows on the same line
        boolean meterEnds = f.exitCode != 5 && f.exitCode != 6;
        if (o.verbose && f.beforeConnection && !dialect.legacy()) {
            if (f.messageTraced) trace.line("* " + f.getMessage());
            trace.line("* Closing connection -1");
        } else if (o.verbose) {
            for (String line : f.traceBefore) trace.line(line);
            String message = f.getMessage();
            trace.line("* " + (message.endsWith("\n") ? message.substring(0, message.length() - 1) : message));
            if (meterEnds) meter.finishRequest();
            if (f.closesConnection) {
                trace.line("* Closing connection " + state.currentConnectionId);
                // OpenSSL's close_notify on an established TLS connection shows in 7.88's trace.
                if (state.tlsDone && !dialect.legacy()) trace.line("* " + facts.tlsProtocol + " (OUT), TLS alert, close notify (256):");
            }
        }
        if (meterEnds) meter.finishRequest();
        if (o.showsErrors()) {
            io.error("curl: (" + f.exitCode + ") " + f.getMessage() + (f.getMessage().endsWith("\n") ? "" : "\n"));
            if (f.exitCode == 60) io.error(dialect.caCertHelp());
        }
    }

    // ---------------------------------------------------------------- results

    private String effectiveUrl() {
        return target.url == null ? null : target.url.toString();
    }

    private void writeOut(int exit, String error) {
        Map<String, String> variables = facts.writeOutVariables(exit, error, effectiveUrl(), state);
        String text = WriteOut.render(o.writeOut, variables,
                name -> io.error("curl: unknown --write-out variable: '" + name + "'\n"));
        io.stdout(text);
    }
}
