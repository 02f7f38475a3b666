package io.fpsh.sim.connector;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * canConnect's {@code curl -s -L -f} on a URL, step by step from the lab file: resolve, connect, handshake, then
 * the route's status, following redirects; through the device's proxy when one is enabled. Gives curl's exit
 * status: 6 and 28 from the lookup, 7, 28, 35 and 60 from the connection, 5 and 56 from the proxy, 47 past
 * {@code --max-redirs}, 22 for an HTTP error, 0 otherwise.
 */
final class CanConnectModel {
    private final Reachability reachability;
    private final LabFile lab;
    private final List<String> servers;
    private final DeviceState.Proxy proxy;
    private final Instant at;
    private final CurlLimits limits;

    CanConnectModel(Reachability reachability, LabFile lab, List<String> servers, DeviceState.Proxy proxy, Instant at,
                    CurlLimits limits) {
        this.reachability = reachability;
        this.lab = lab;
        this.servers = servers;
        this.proxy = proxy;
        this.at = at;
        this.limits = limits;
    }

    int status(String url) {
        URI target = URI.create(url);
        for (int redirects = 0; ; redirects++) {
            TlsOutcome connection;
            if (proxy.enabled()) {
                // through a proxy curl resolves nothing itself: the proxy does, with its own resolver
                connection = reachability.connect443Via(proxy, target.getHost(), servers, at);
            } else {
                Reachability.Lookup lookup = reachability.resolve(target.getHost(), servers);
                if (!lookup.resolved()) {
                    // curl gives the lookup the connect timeout; a resolver that gives up sooner says "not found"
                    return lookup.took().getSeconds() >= limits.connectTimeoutSeconds() ? 28 : 6;
                }
                connection = firstConnection(lookup.addresses());
            }
            if (connection != TlsOutcome.ESTABLISHED) {
                return connection.curlStatus();
            }
            LabFile.Route route = route(target);
            Optional<String> location = header(route, "Location");
            if (route.status() / 100 == 3 && location.isPresent()) {
                if (redirects >= limits.maxRedirects()) {
                    return 47;
                }
                target = target.resolve(location.get());
                continue;
            }
            return route.status() >= 400 ? 22 : 0;
        }
    }

    /** curl tries the addresses in turn: the first that connects wins, else the last failure counts (a timeout first). */
    private TlsOutcome firstConnection(List<String> addresses) {
        TlsOutcome worst = TlsOutcome.REFUSED;
        for (String address : addresses) {
            TlsOutcome outcome = reachability.connect443(address, at);
            if (outcome.tcpConnected()) {
                return outcome;
            }
            if (outcome == TlsOutcome.TIMED_OUT) {
                worst = outcome; // the connect timeout is spent: curl gives up with 28
                break;
            }
        }
        return worst;
    }

    /** The endpoint's route for the URL's path, as the lab server picks it: listed routes first, then {@code *}. */
    private LabFile.Route route(URI target) {
        LabFile.Host host = reachability.host(target.getHost()).orElseThrow();
        LabFile.Endpoint endpoint = lab.network().endpoints().stream()
                .filter(e -> e.name().equals(host.endpoint())).findFirst().orElseThrow();
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        LabFile.Route fallback = new LabFile.Route("*", 404, "Not Found", List.of(), "Not Found");
        for (LabFile.Route route : endpoint.routes()) {
            String p = route.path();
            if (p.equals("*")) {
                fallback = route;
            } else if (p.equals(path) || (p.endsWith("*") && path.startsWith(p.substring(0, p.length() - 1)))) {
                return route;
            }
        }
        return fallback;
    }

    private static Optional<String> header(LabFile.Route route, String name) {
        for (String line : Objects.requireNonNullElse(route.headers(), List.<String>of())) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return Optional.of(line.substring(colon + 1).strip());
            }
        }
        return Optional.empty();
    }
}
