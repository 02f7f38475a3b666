/**
 * fpsh's expert-mode {@code curl}: one command line in, curl's exact output and exit code out, built on OkHttp
 * over the simulated device ({@link io.fpsh.net.VirtualNetwork}, {@link io.fpsh.net.HostResolver}, the
 * simulated filesystem and the device clock).
 *
 * <p>Entry point: {@link io.fpsh.tools.curl.Curl}. Build a {@link io.fpsh.tools.curl.CurlEnvironment} (network,
 * resolver, {@link io.fpsh.tools.curl.CurlFiles}, clock, {@link io.fpsh.tools.curl.CurlDialect}, the PEM bundle of
 * the device's /etc/ssl/certs, whether stdout is a terminal), then
 * {@code new Curl(env).run(argsAfterTheWordCurl, out, err)} for the exit code, or {@code execute(...)} for a
 * {@link io.fpsh.tools.curl.CurlResult}. {@code cancel()} from another thread is Ctrl-C: the run returns
 * {@link io.fpsh.tools.curl.Curl#CANCELLED} at once and prints nothing more.
 *
 * <p>Two dialects share one code path: {@link io.fpsh.tools.curl.CurlDialect#MODERN} (Debian's curl 7.88.1, as in
 * the reference transcripts) and {@link io.fpsh.tools.curl.CurlDialect#DEVICE} (the FTD's curl 7.44.0, as in the
 * troubleshooting guide).
 *
 * <p>Layout: {@code CurlArgumentParser} (argv), {@code CurlTargets} (URL, proxy, --resolve), {@code Transfer}
 * (one run: setup, failure report, -w) with {@code TransferClient} (the OkHttp client), {@code RedirectLoop} (the
 * request and -L's follow-ups), {@code SocketEventTrace}, {@code TlsEventTrace} and {@code ExchangeTrace} (what
 * the socket, the handshake and the exchange show in -v and the result), {@code VirtualSocketFactory} and
 * {@code ResolverDns} (the device network), {@code TrustedRoots} + {@code ClockedTrustManager} (PKIX against the device clock,
 * OpenSSL verdicts), {@code TlsHandshakeTrace} + {@code ServerCertificateCheck} (TLS lines of -v),
 * {@code CurlErrorMapper} (exit codes and messages), {@code WriteOut} (-w).
 *
 * <p>Proxies: only {@code -x}/{@code --proxy} (HTTP CONNECT for https, credentials from the proxy URL sent with
 * the first CONNECT); {@code http_proxy}/{@code https_proxy} are not read, as the FTD's root shell has none set.
 *
 * <p>The progress meter ({@code ProgressMeter}) is drawn on stderr unless -s or the body goes to a terminal
 * stdout, with curl's once-a-second redraws.
 *
 * <p>Not reproduced: -v's {@code { [N bytes data]} lines for TLS records (those for body bytes are shown, as
 * curl does when stdout is not a terminal); HTTP/2 (OkHttp is pinned to
 * HTTP/1.1, so the trace always shows http/1.1 accepted); protocols other than http/https.
 */
package io.fpsh.tools.curl;
