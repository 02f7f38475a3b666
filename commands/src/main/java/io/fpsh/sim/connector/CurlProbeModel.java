package io.fpsh.sim.connector;

import io.fpsh.lab.LabFile;
import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.server.CertificateSpec;
import io.fpsh.net.server.DistinguishedName;
import io.fpsh.probe.CurlCheck;
import io.fpsh.probe.CurlProbe;
import io.fpsh.probe.SecretMask;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.LabCertificates;
import io.fpsh.tools.curl.CipherNames;
import io.fpsh.tools.curl.CurlDialect;
import io.fpsh.tools.curl.VerifyProblem;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The curl probe's answer from the lab file, without running curl: the lookup, the address that takes the
 * connection and the TLS session on it as {@link Reachability} and {@link TlsOutcome} give them, the certificate as
 * {@link LabCertificates} specifies it, and the route's status; through a proxy ({@code -x}), the proxy's address and
 * what {@link Reachability#connect443Via} says of the tunnel. It answers {@code https://NAME[:443]/...}; anything else
 * (plain http, other ports, addresses, the device's own names) has no model answer. With {@code --cacert} it answers
 * for the connector's CA file only, whose trust the lab's {@link TlsOutcome} already is.
 */
public final class CurlProbeModel {
    /** {@code --max-time} alone: curl's connect timeout (300 s) is longer, so the transfer's limit bounds both. */
    private static final CurlLimits LIMITS = new CurlLimits(CurlProbe.MAX_TIME_SECONDS, CurlProbe.MAX_TIME_SECONDS, 0);
    /** With {@code -k}, without {@code -f} and {@code -L}: a refused chain, an HTTP error and a redirect all end well. */
    private static final Set<Integer> ZERO_WITH_K_AND_NO_F_OR_L = Set.of(22, 47, 60);
    /** With {@code --cacert}: an untrusted chain stops curl (60); an HTTP error and a redirect still end well. */
    private static final Set<Integer> ZERO_WITHOUT_F_OR_L = Set.of(22, 47);
    private static final Set<TlsOutcome> HANDSHAKE_DONE = Set.of(TlsOutcome.ESTABLISHED, TlsOutcome.CERTIFICATE_EXPIRED,
            TlsOutcome.CERTIFICATE_NOT_YET_VALID, TlsOutcome.UNTRUSTED_ISSUER);

    private final DeviceState state;
    private final Reachability reachability;

    public CurlProbeModel(DeviceState state) {
        this.state = state;
        this.reachability = Reachability.of(state);
    }

    /** The probe's answer for {@code url}, through {@code proxy} unless it is null; empty where the model has none. */
    public Optional<CurlCheck> check(String url, String proxy) {
        return check(url, proxy, null);
    }

    /** As {@link #check(String, String)}, checking the chain against {@code caFile} ({@code --cacert}) unless null. */
    public Optional<CurlCheck> check(String url, String proxy, String caFile) {
        Optional<URI> target = modelled(url);
        Optional<DeviceState.Proxy> via = proxy == null ? Optional.of(DeviceState.Proxy.DISABLED) : proxy(proxy);
        if (target.isEmpty() || via.isEmpty() || (caFile != null && !caFile.equals(CurlProbe.CONNECTOR_CA))) {
            return Optional.empty();
        }
        Instant at = state.clock().now();
        List<String> servers = state.dnsServers();
        int exit = reachability.canConnectStatus(url, servers, via.get(), at, LIMITS);
        exit = (caFile == null ? ZERO_WITH_K_AND_NO_F_OR_L : ZERO_WITHOUT_F_OR_L).contains(exit) ? 0 : exit;
        Answer answer = new Answer(SecretMask.mask(url), proxy == null ? null : SecretMask.mask(proxy), exit, caFile);
        return via.get().enabled() ? throughProxy(target.get(), via.get(), servers, at, answer)
                : direct(target.get(), servers, at, answer);
    }

    /** What every answer holds, and the answer up to each stage curl reached. */
    private record Answer(String url, String proxy, int exit, String caFile) {
        CurlCheck unresolved() {
            return new CurlCheck(url, proxy, exit, null, false, null, null, null, null, null, null, null, null, null, null, null,
                    caFile, null, null);
        }

        CurlCheck notConnected(String tried) {
            return new CurlCheck(url, proxy, exit, tried, false, null, null, null, null, null, null, null, null, null, null, null,
                    caFile, null, null);
        }

        CurlCheck connected(String tried, String address, int port, String tlsError) {
            return new CurlCheck(url, proxy, exit, tried, true, address, port, null, null, null, null, null, null, null, null, null,
                    caFile, tlsError, null);
        }

        /** With --cacert, a chain the CA file does not trust: curl stops after the server's certificate, exit 60. */
        CurlCheck untrusted(String tried, String address, int port, String verifyResult) {
            return new CurlCheck(url, proxy, exit, tried, true, address, port, null, null, null, null, null, null, verifyResult,
                    null, null, caFile, null, null);
        }
    }

    private Optional<CurlCheck> direct(URI target, List<String> servers, Instant at, Answer answer) {
        Reachability.Lookup lookup = reachability.resolve(target.getHost(), servers);
        if (!lookup.resolved()) {
            return Optional.of(answer.unresolved());
        }
        String tried = lookup.addresses().get(0);
        String address = null;
        TlsOutcome outcome = null;
        for (String candidate : lookup.addresses()) {
            TlsOutcome o = reachability.connect443(candidate, at);
            if (o.tcpConnected()) {
                address = candidate;
                outcome = o;
                break;
            }
        }
        // a connect that failed (7) or ran out of time (28) before reaching that address never connected
        int exit = answer.exit();
        boolean connected = address != null && (outcome == TlsOutcome.NO_SERVER_HELLO || (exit != 7 && exit != 28));
        if (!connected) {
            return Optional.of(answer.notConnected(tried));
        }
        if (!HANDSHAKE_DONE.contains(outcome)) {
            return Optional.of(answer.connected(tried, address, 443, tlsError(outcome, target.getHost(), 443)));
        }
        return tls(target, reachability.hostByAddress(address).orElseThrow(), answer, tried, address, 443, outcome);
    }

    /** Through an HTTP proxy curl resolves and dials only the proxy; the proxy resolves the server and tunnels to it. */
    private Optional<CurlCheck> throughProxy(URI target, DeviceState.Proxy proxy, List<String> servers, Instant at, Answer answer) {
        String proxyAddress = proxy.address();
        if (IpLiteral.parse(proxyAddress).isEmpty()) {
            Reachability.Lookup lookup = reachability.resolve(proxyAddress, servers);
            if (!lookup.resolved()) {
                return Optional.of(answer.unresolved());
            }
            proxyAddress = lookup.addresses().get(0);
        }
        TlsOutcome outcome = reachability.connect443Via(proxy, target.getHost(), servers, at);
        if (!outcome.tcpConnected()) {
            return Optional.of(answer.notConnected(proxyAddress));
        }
        if (!HANDSHAKE_DONE.contains(outcome)) {
            return Optional.of(answer.connected(proxyAddress, proxyAddress, proxy.port(),
                    tlsError(outcome, target.getHost(), 443)));
        }
        Optional<LabFile.Host> server = reachability.host(target.getHost());
        if (server.isEmpty()) {
            return Optional.empty();
        }
        return tls(target, server.get(), answer, proxyAddress, proxyAddress, proxy.port(), outcome);
    }

    /** The handshake went through (with -k, whatever the chain): the session, the certificate and the route's answer. */
    private Optional<CurlCheck> tls(URI target, LabFile.Host host, Answer answer, String tried, String address, int port,
                                    TlsOutcome outcome) {
        LabFile lab = state.lab();
        LabFile.Endpoint endpoint = lab.network().endpoints().stream().filter(e -> e.name().equals(host.endpoint()))
                .findFirst().orElseThrow();
        CurlDialect dialect = CurlDialect.forVersion(lab.device().curlVersion());
        Optional<String> version = tlsVersion(endpoint, dialect);
        if (version.isEmpty() || version.get().equals("TLSv1.3") || endpoint.cipherSuites() == null
                || endpoint.cipherSuites().isEmpty()) {
            return Optional.empty(); // the suite a TLS 1.3 or unconfigured server picks is the JDK's choice, not the lab's
        }
        boolean inspected = reachability.pathAt(state.clock().now()).inspected(lab, host);
        List<CertificateSpec> chain = LabCertificates.servedChain(lab, host, inspected);
        CertificateSpec leaf = chain.get(0);
        VerifyProblem problem = verifyProblem(chain);
        if (answer.caFile() != null && outcome != TlsOutcome.ESTABLISHED) {
            VerifyProblem untrusted = outcome == TlsOutcome.CERTIFICATE_EXPIRED ? VerifyProblem.EXPIRED
                    : outcome == TlsOutcome.CERTIFICATE_NOT_YET_VALID ? VerifyProblem.NOT_YET_VALID : problem;
            return Optional.of(answer.untrusted(tried, address, port, untrusted.text(dialect)));
        }
        boolean trusted = answer.caFile() != null;
        LabFile.Route route = CanConnectModel.route(reachability, lab, target);
        return Optional.of(new CurlCheck(answer.url(), answer.proxy(), answer.exit(), tried, true, address, port, version.get(),
                CipherNames.openSsl(endpoint.cipherSuites().get(0)), curlName(leaf.subject()),
                curlName(LabCertificates.issuerOf(lab, inspected, leaf)), seconds(leaf.notBefore()), seconds(leaf.notAfter()),
                trusted ? CurlCheck.VERIFIED : problem.text(dialect), trusted ? 0 : problem.code(), route.status(),
                answer.caFile(), null, serverDate(route)));
    }

    /** The lab server stamps its answer with the network's time when its route sends a Date header. */
    private String serverDate(LabFile.Route route) {
        boolean dated = route.headers() != null && route.headers().stream()
                .anyMatch(h -> h.regionMatches(true, 0, "Date:", 0, 5));
        return dated ? state.networkTime(state.clock().now()).truncatedTo(ChronoUnit.SECONDS).toString() : null;
    }

    /** curl's words for a handshake that failed before any certificate: exit 35. */
    private String tlsError(TlsOutcome outcome, String host, int port) {
        CurlDialect dialect = CurlDialect.forVersion(state.lab().device().curlVersion());
        return switch (outcome) {
            case HUNG_UP -> dialect.handshakeCutOff(host, port).strip();
            case NOT_TLS -> dialect.wrongVersionNumber();
            default -> null;
        };
    }

    /**
     * curl's {@code -x} as the device's proxy setting: {@code [http://][user[:password]@]host[:port]}, port 1080 when
     * none is given (curl's default); other schemes have no model answer.
     */
    private static Optional<DeviceState.Proxy> proxy(String proxy) {
        try {
            URI uri = new URI(proxy.contains("://") ? proxy : "http://" + proxy);
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return Optional.empty();
            }
            String info = uri.getUserInfo();
            String user = info == null ? null : info.split(":", 2)[0];
            String password = info == null || !info.contains(":") ? null : info.split(":", 2)[1];
            return Optional.of(new DeviceState.Proxy(true, uri.getHost(), uri.getPort() == -1 ? 1080 : uri.getPort(), user,
                    user != null, password));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The URLs the model answers: https to a name on the default port, no credentials. */
    private Optional<URI> modelled(String url) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            boolean https = "https".equalsIgnoreCase(uri.getScheme()) && (uri.getPort() == -1 || uri.getPort() == 443);
            if (!https || host == null || uri.getUserInfo() != null || IpLiteral.parse(host).isPresent()
                    || host.equalsIgnoreCase("localhost") || host.equalsIgnoreCase(state.hostname())) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The highest version both ends speak: the device's 7.44 (OpenSSL 1.0.2) stops at TLS 1.2. */
    private static Optional<String> tlsVersion(LabFile.Endpoint endpoint, CurlDialect dialect) {
        if (endpoint.tlsVersions() == null) {
            return Optional.empty();
        }
        return endpoint.tlsVersions().stream().filter(v -> !dialect.legacy() || v.compareTo("TLSv1.3") < 0)
                .max(String::compareTo);
    }

    /**
     * The device's curl trusts nothing by default (CAfile none, an empty /etc/ssl/certs in the lab), so OpenSSL's
     * verdict only depends on the chain's shape: a root sent along is "self signed", a chain without one has no issuer.
     */
    private static VerifyProblem verifyProblem(List<CertificateSpec> chain) {
        boolean endsInRoot = chain.get(chain.size() - 1).issuerId() == null;
        if (!endsInRoot) {
            return VerifyProblem.UNKNOWN_ISSUER;
        }
        return chain.size() == 1 ? VerifyProblem.SELF_SIGNED_LEAF : VerifyProblem.SELF_SIGNED_IN_CHAIN;
    }

    /** OpenSSL's one-line name as curl prints it: {@code C=US; O=Cisco Systems, Inc.; CN=host}. */
    private static String curlName(DistinguishedName name) {
        return name.attributes().stream().map(a -> a.type() + "=" + a.value()).collect(Collectors.joining("; "));
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
