package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;
import io.fpsh.net.server.Header;
import io.fpsh.net.server.HttpBehaviour;
import io.fpsh.net.server.HttpRoute;
import io.fpsh.net.server.HttpServerSpec;
import io.fpsh.net.server.LabHttpsServer;
import io.fpsh.net.server.LabPki;
import io.fpsh.net.server.TlsSettings;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** One TLS server per lab host served by an endpoint, with that host's certificate, started on first use. */
final class LabHttpsServers implements AutoCloseable {
    private final LabFile lab;
    private final Supplier<Instant> clock;
    private final Map<String, LabHttpsServer> servers = new ConcurrentHashMap<>();

    LabHttpsServers(LabFile lab, Supplier<Instant> clock) {
        this.lab = lab;
        this.clock = clock;
    }

    InetSocketAddress endpointFor(LabFile.Host host) {
        return servers.computeIfAbsent(host.name(), name -> start(host)).endpoint();
    }

    private LabHttpsServer start(LabFile.Host host) {
        LabFile.Endpoint endpoint = LabCertificates.endpoint(lab, host.endpoint());
        LabPki pki = LabCertificates.of(lab);
        TlsSettings tls = new TlsSettings(pki.serverContext(host.name(), endpoint.sendRoot()),
                endpoint.tlsVersions(), endpoint.cipherSuites(), endpoint.requestClientCertificate(), List.of());
        List<HttpRoute> routes = new ArrayList<>();
        HttpRoute fallback = null;
        for (LabFile.Route route : endpoint.routes()) {
            HttpRoute http = new HttpRoute(null, route.path(), route.status(), route.reason(), headers(route),
                    route.body() == null ? new byte[0] : route.body().getBytes(StandardCharsets.UTF_8));
            if (route.path().equals("*")) {
                fallback = http;
            } else {
                routes.add(http);
            }
        }
        return LabHttpsServer.start(HttpServerSpec.https(tls, routes, fallback).withBehaviour(behaviour(endpoint)), clock);
    }

    private static HttpBehaviour behaviour(LabFile.Endpoint endpoint) {
        return switch (endpoint.behaviourOrDefault()) {
            case "silent" -> HttpBehaviour.ACCEPT_SILENT;
            case "close" -> HttpBehaviour.CLOSE_IMMEDIATELY;
            case "plain-http" -> HttpBehaviour.PLAIN_HTTP_ON_TLS_PORT;
            default -> HttpBehaviour.ANSWER;
        };
    }

    private static List<Header> headers(LabFile.Route route) {
        List<Header> headers = new ArrayList<>();
        for (String line : route.headers() == null ? List.<String>of() : route.headers()) {
            int colon = line.indexOf(':');
            headers.add(new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return headers;
    }

    @Override
    public void close() {
        servers.values().forEach(LabHttpsServer::close);
        servers.clear();
    }
}
