package io.fpsh.tools.curl;

import okhttp3.Authenticator;
import okhttp3.ConnectionSpec;
import okhttp3.Dns;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.TlsVersion;

import javax.net.SocketFactory;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.net.Proxy;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The OkHttp client of one transfer, set up as curl behaves: its TLS versions, HTTP/1.1 only, no redirects, retries
 * or fast fallback of OkHttp's own, curl's timeouts, and every socket, lookup, handshake and exchange going
 * through the transfer's hooks.
 */
final class TransferClient {

    /** Where the transfer hooks into the client. */
    record Hooks(Dns dns, SocketFactory sockets, TracingSslSocketFactory.TlsStart tlsStart, HostnameVerifier hostnames,
                 Interceptor exchange, Authenticator proxyAuthenticator) {}

    private TransferClient() {}

    /** The TLS context: no client certificate ({@code keyManager} only notices a request for one), curl's trust. */
    static SSLContext tlsContext(KeyManager keyManager, ClockedTrustManager trust) throws CurlFailure {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[]{keyManager}, new TrustManager[]{trust}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new CurlFailure(35, "SSL: couldn't create a context");
        }
    }

    static OkHttpClient build(CurlOptions o, CurlDialect dialect, SSLContext context, ClockedTrustManager trust,
                              Hooks hooks, Proxy proxy, long connectTimeoutMillis) {
        ConnectionSpec tls = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
                .allEnabledCipherSuites()
                .tlsVersions(dialect.legacy() ? new TlsVersion[]{TlsVersion.TLS_1_2}
                        : o.tls13Only ? new TlsVersion[]{TlsVersion.TLS_1_3}
                        : new TlsVersion[]{TlsVersion.TLS_1_3, TlsVersion.TLS_1_2})
                .build();
        return new OkHttpClient.Builder()
                .dns(hooks.dns())
                .socketFactory(hooks.sockets())
                .sslSocketFactory(new TracingSslSocketFactory(context.getSocketFactory(), hooks.tlsStart()), trust)
                .hostnameVerifier(hooks.hostnames())
                .connectionSpecs(List.of(tls, ConnectionSpec.CLEARTEXT))
                .protocols(List.of(Protocol.HTTP_1_1))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .fastFallback(false)
                .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS)
                .writeTimeout(0, TimeUnit.MILLISECONDS)
                .callTimeout(o.maxTimeMillis, TimeUnit.MILLISECONDS)
                .addNetworkInterceptor(hooks.exchange())
                .proxyAuthenticator(hooks.proxyAuthenticator())
                .proxy(proxy)
                .build();
    }
}
