package io.fpsh.sim.connector;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;
import io.fpsh.tools.curl.CurlDialect;

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
                InTurn attempts = connectInTurn(lookup.addresses());
                if (attempts.connected() == null) {
                    return attempts.failureStatus();
                }
                connection = attempts.connected();
            }
            if (connection != TlsOutcome.ESTABLISHED) {
                return connection.curlStatus();
            }
            LabFile.Route route = route(reachability, lab, target);
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

    /** The address curl got a connection to, or (when none) its exit status. */
    private record InTurn(TlsOutcome connected, int failureStatus) {}

    /**
     * curl tries the addresses in turn and the first that connects wins. A dropped one costs the kernel's SYN
     * retries or curl's share of the connect timeout (half of what is left while more addresses follow), whichever
     * ends first, and 7.88 moves on a second later; the connect timeout running out is 28, else the last failure
     * counts: refused or unreachable 7, the kernel giving up 7 for the device's 7.44 and 28 for 7.88 (as {@code Transfer} does).
     */
    private InTurn connectInTurn(List<String> addresses) {
        CurlDialect dialect = CurlDialect.forVersion(lab.device().curlVersion());
        long budget = Math.min(limits.connectTimeoutSeconds(), limits.maxTimeSeconds()) * 1000L;
        long kernel = lab.network().synRetries().giveUpAfter().toMillis();
        long spent = 0;
        int status = 7;
        for (int i = 0; i < addresses.size(); i++) {
            TlsOutcome outcome = reachability.connect443(addresses.get(i), at);
            if (outcome.tcpConnected()) {
                return new InTurn(outcome, 0);
            }
            if (outcome == TlsOutcome.REFUSED || outcome == TlsOutcome.UNREACHABLE) {
                status = 7;
                continue;
            }
            boolean more = i < addresses.size() - 1;
            long share = more ? (budget - spent) / 2 : budget - spent;
            if (kernel >= share && !more) {
                return new InTurn(null, 28);
            }
            spent += Math.min(kernel, share) + dialect.pauseAfterTimeoutMillis();
            status = dialect.synTimeoutExitCode();
            if (spent >= budget) {
                return new InTurn(null, 28);
            }
        }
        return new InTurn(null, status);
    }

    /** The endpoint's route for the URL's path, as the lab server picks it: listed routes first, then {@code *}. */
    static LabFile.Route route(Reachability reachability, LabFile lab, URI target) {
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
