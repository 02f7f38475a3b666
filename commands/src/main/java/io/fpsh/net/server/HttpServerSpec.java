package io.fpsh.net.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a lab HTTP(S) server needs besides its clock.
 *
 * @param tls          the TLS settings, or {@code null} for a plain HTTP server
 * @param behaviour    what happens to each connection
 * @param routes       the answers, first match wins
 * @param defaultRoute the answer when no route matches, or {@code null} for a plain 404
 * @param idleTimeout  how long a kept-alive connection may sit idle (and a handshake may take); {@code null} for 30 s
 */
public record HttpServerSpec(TlsSettings tls, HttpBehaviour behaviour, List<HttpRoute> routes, HttpRoute defaultRoute,
                             Duration idleTimeout) {

    static final HttpRoute NOT_FOUND = HttpRoute.text(null, "*", 404, "Not Found", "text/plain", "Not Found");

    public HttpServerSpec {
        Objects.requireNonNull(behaviour, "HTTP behaviour");
        routes = routes == null ? List.of() : List.copyOf(routes);
        defaultRoute = defaultRoute == null ? NOT_FOUND : defaultRoute;
        idleTimeout = idleTimeout == null ? Duration.ofSeconds(30) : idleTimeout;
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive");
        }
    }

    /** An HTTPS server answering from {@code routes}. */
    public static HttpServerSpec https(TlsSettings tls, List<HttpRoute> routes, HttpRoute defaultRoute) {
        return new HttpServerSpec(Objects.requireNonNull(tls, "TLS settings"), HttpBehaviour.ANSWER, routes, defaultRoute, null);
    }

    /** A plain HTTP server answering from {@code routes}. */
    public static HttpServerSpec plain(List<HttpRoute> routes, HttpRoute defaultRoute) {
        return new HttpServerSpec(null, HttpBehaviour.ANSWER, routes, defaultRoute, null);
    }

    /** The same server with another connection behaviour. */
    public HttpServerSpec withBehaviour(HttpBehaviour newBehaviour) {
        return new HttpServerSpec(tls, newBehaviour, routes, defaultRoute, idleTimeout);
    }

    /** The route answering {@code method} on {@code target}. */
    HttpRoute route(String method, String target) {
        for (HttpRoute route : routes) {
            if (route.matches(method, target)) {
                return route;
            }
        }
        return defaultRoute;
    }
}
