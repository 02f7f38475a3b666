package io.fpsh.tools.curl;

import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

import java.net.InetSocketAddress;
import java.net.Proxy;

/** What the transfer asks for: the current URL (a followed redirect moves it), the request plan and the -x proxy. */
final class RequestTarget {
    HttpUrl url;
    CurlRequestPlan plan;
    String proxyHost;
    int proxyPort;
    /** The credentials of the -x URL, sent with the CONNECT from the start as curl does; null when none. */
    CurlTargets.ProxyTarget proxyCredentials;

    void useProxy(CurlTargets.ProxyTarget proxy) {
        if (proxy == null) return;
        proxyHost = proxy.host();
        proxyPort = proxy.port();
        if (proxy.user() != null) proxyCredentials = proxy;
    }

    boolean viaProxy() {
        return proxyHost != null;
    }

    Proxy proxy() {
        return proxyHost == null ? Proxy.NO_PROXY
                : new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxyHost, proxyPort));
    }

    /** The host curl names in "Connection #N to host H": the proxy when there is one. */
    String connectionHost() {
        return proxyHost != null ? proxyHost : url.host();
    }

    /**
     * Basic credentials for the CONNECT: OkHttp asks first with a made-up 407 (sent up front, as curl does), then
     * on a real 407; a CONNECT that already carried them gets no second try (curl: 407, exit 56).
     */
    Request proxyAuthorization(Route route, Response response) {
        if (proxyCredentials == null || response.request().header("Proxy-Authorization") != null) return null;
        return response.request().newBuilder().header("Proxy-Authorization", proxyAuthorizationValue()).build();
    }

    String proxyAuthorizationValue() {
        return okhttp3.Credentials.basic(proxyCredentials.user(), proxyCredentials.password());
    }
}
