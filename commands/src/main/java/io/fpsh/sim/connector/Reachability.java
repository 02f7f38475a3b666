package io.fpsh.sim.connector;

import io.fpsh.lab.LabFile;
import io.fpsh.net.VirtualNetwork.TcpRoute;
import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.server.PublicNames;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.LabSubnets;
import io.fpsh.sim.network.PathChanges;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * What the lab's network does to a lookup and a connection, read from the lab file: which configured server
 * answers and how long the device's resolver waits, then what TCP and TLS do on port 443. The device's own
 * daemons (connector, ActionQueueScrape) run continuously in lab time, so their history is computed from this
 * rather than replayed on real sockets; a test checks that it agrees with what curl really gets from the lab's
 * servers.
 */
public final class Reachability {
    /**
     * The outcome of resolving a name: which server gave up or answered, after how long. {@code rcode} is the
     * negative answer that ended it ({@code NXDOMAIN}, {@code SERVFAIL}, {@code REFUSED}) or {@code null}.
     */
    public record Lookup(String host, List<String> addresses, boolean timedOut, String lastServer, Duration took, String rcode) {
        public boolean resolved() {
            return !addresses.isEmpty();
        }

        /** NXDOMAIN: the name does not exist (anything else failing is the servers' fault). */
        public boolean noSuchHost() {
            return "NXDOMAIN".equals(rcode);
        }
    }

    private final LabFile lab;
    private final LabFile.Network network;
    private final int timeoutSeconds;
    private final int attempts;
    private final LabSubnets subnets;
    /** What the stand-ins (:net) had changed on the path at a device instant; nothing for a lab file alone. */
    private final java.util.function.Function<Instant, PathChanges> pathAt;
    /** What the device's clock read at a lab instant, for its certificate checks: an NTP step changes it. */
    private final java.util.function.UnaryOperator<Instant> clockReadingAt;

    /** The lab's network as planted. */
    public Reachability(LabFile lab) {
        this(lab, at -> PathChanges.NONE, at -> at);
    }

    /**
     * The network of {@code state}'s device, with the stand-ins' changes to its path as they came, and its certificate
     * checks made at what its clock read then.
     */
    public static Reachability of(DeviceState state) {
        return new Reachability(state.lab(), state::pathAt, state::clockReadingAt);
    }

    private Reachability(LabFile lab, java.util.function.Function<Instant, PathChanges> pathAt,
                         java.util.function.UnaryOperator<Instant> clockReadingAt) {
        this.lab = lab;
        this.pathAt = pathAt;
        this.clockReadingAt = clockReadingAt;
        this.network = lab.network();
        this.subnets = new LabSubnets(lab);
        this.timeoutSeconds = Objects.requireNonNullElse(lab.dns().timeoutSeconds(), 5);
        this.attempts = Objects.requireNonNullElse(lab.dns().attempts(), 2);
    }

    /**
     * Resolves {@code host} with {@code servers} as glibc does: each attempt asks every server in turn; a silent
     * server (or one slower than the timeout) costs the timeout, SERVFAIL and REFUSED move on to the next server,
     * an answer or NXDOMAIN ends the lookup.
     */
    public Lookup resolve(String host, List<String> servers) {
        Duration waited = Duration.ZERO;
        String last = servers.isEmpty() ? null : servers.get(0);
        String rcode = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            for (String server : servers) {
                last = server;
                Optional<LabFile.DnsServer> configured = dnsServer(server);
                String behaviour = configured.map(LabFile.DnsServer::behaviour).orElse("silent");
                Duration delay = Duration.ofMillis(configured.map(LabFile.DnsServer::delayMs).orElse(0));
                if (behaviour.equals("slow") && delay.compareTo(Duration.ofSeconds(timeoutSeconds)) >= 0) {
                    behaviour = "silent"; // the reply comes after the resolver stopped listening
                }
                switch (behaviour) {
                    case "silent" -> waited = waited.plusSeconds(timeoutSeconds);
                    case "servfail" -> rcode = "SERVFAIL";
                    case "refused" -> rcode = "REFUSED";
                    default -> { // answer or slow: the name's own fault decides
                        waited = waited.plus(behaviour.equals("slow") ? delay : Duration.ZERO);
                        Optional<LabFile.Host> known = host(host);
                        if (known.isEmpty()) { // the lab's resolver answers it as the Internet's would
                            List<String> addresses = publicAddress(host).stream().toList();
                            return new Lookup(host, addresses, false, server, waited, addresses.isEmpty() ? "NXDOMAIN" : null);
                        }
                        switch (known.get().dnsOrDefault()) {
                            case "servfail" -> rcode = "SERVFAIL";
                            case "refused" -> rcode = "REFUSED";
                            case "nxdomain" -> {
                                return new Lookup(host, List.of(), false, server, waited, "NXDOMAIN");
                            }
                            default -> {
                                return new Lookup(host, known.get().addresses(), false, server, waited, null);
                            }
                        }
                    }
                }
            }
        }
        return new Lookup(host, List.of(), rcode == null, last, waited, rcode);
    }

    /** The address {@link PublicNames} gives a name the lab does not define, if it can exist on the Internet. */
    private static Optional<String> publicAddress(String host) {
        try {
            return PublicNames.addressOf(Name.fromString(host, Name.root)).map(InetAddress::getHostAddress);
        } catch (TextParseException e) {
            return Optional.empty();
        }
    }

    /** A lab DNS server; an address the lab does not define never answers. */
    private Optional<LabFile.DnsServer> dnsServer(String address) {
        return network.dnsServers() == null ? Optional.empty()
                : network.dnsServers().stream().filter(s -> s.address().equals(address)).findFirst();
    }

    /** The stand-ins' changes to the path at a device instant. */
    public PathChanges pathAt(Instant deviceTime) {
        return pathAt.apply(deviceTime);
    }

    public Optional<LabFile.Host> host(String name) {
        String wanted = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return network.hosts() == null ? Optional.empty()
                : network.hosts().stream().filter(h -> h.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The lab host that owns an address, for reverse names and for the endpoint serving it. */
    public Optional<LabFile.Host> hostByAddress(String address) {
        return network.hosts() == null ? Optional.empty()
                : network.hosts().stream().filter(h -> h.addresses().contains(address)).findFirst();
    }

    /** What a TLS client connecting to an address on 443 gets, at the device's time {@code deviceTime}. */
    public TlsOutcome connect443(String address, Instant deviceTime) {
        return connect443(address, deviceTime, true);
    }

    /** {@code throughFirewall} false for the lab proxy's own connection, which the device's port-443 rules do not stop. */
    private TlsOutcome connect443(String address, Instant deviceTime, boolean throughFirewall) {
        PathChanges path = pathAt.apply(deviceTime);
        Instant reading = clockReadingAt.apply(deviceTime);
        return hostByAddress(address).map(host -> TlsOutcome.of(lab, host, address, path, reading, throughFirewall))
                .orElseGet(() -> unclaimed(address));
    }

    /** An address no lab host answers: the lab's network decides, as for curl's own connections. */
    private TlsOutcome unclaimed(String address) {
        TcpRoute route = subnets.unclaimed(IpLiteral.parse(address).orElseThrow());
        return route instanceof TcpRoute.Reject ? TlsOutcome.REFUSED
                : route instanceof TcpRoute.Unreachable ? TlsOutcome.UNREACHABLE : TlsOutcome.TIMED_OUT;
    }

    /**
     * What a TLS client tunnelling to {@code host:443} through the device's {@code proxy} gets: the proxy's address
     * (a name resolved with the device's {@code servers}) must be the lab's proxy, its credentials the lab proxy's;
     * the proxy then resolves {@code host} with its own resolver and connects past the device's firewall.
     */
    public TlsOutcome connect443Via(DeviceState.Proxy proxy, String host, List<String> servers, Instant deviceTime) {
        String proxyAddress = proxy.address();
        if (!proxyAddress.matches("[0-9.]+")) {
            Lookup lookup = resolve(proxyAddress, servers);
            if (!lookup.resolved()) {
                return TlsOutcome.PROXY_NOT_RESOLVED;
            }
            proxyAddress = lookup.addresses().get(0);
        }
        LabFile.LabProxy labProxy = network.proxy();
        if (labProxy == null || !labProxy.address().equals(proxyAddress) || labProxy.portOrDefault() != proxy.port()) {
            return unclaimed(proxyAddress); // no proxy there: dropped inside the lab, the Internet's answer outside
        }
        boolean credentialsOk = labProxy.user() == null
                || (proxy.authenticated() && labProxy.user().equals(proxy.user()) && labProxy.password().equals(proxy.password()));
        if (!credentialsOk) {
            return TlsOutcome.PROXY_AUTHENTICATION_REQUIRED;
        }
        Lookup lookup = resolve(host, proxyResolver());
        if (!lookup.resolved()) {
            return TlsOutcome.PROXY_CANNOT_REACH;
        }
        TlsOutcome beyond = connect443(lookup.addresses().get(0), deviceTime, false);
        return switch (beyond) {
            case TIMED_OUT -> TlsOutcome.PROXY_WAITING_ON_SERVER;
            case REFUSED, UNREACHABLE -> TlsOutcome.PROXY_CANNOT_REACH;
            default -> beyond;
        };
    }

    /** The lab proxy's own resolver: the lab's first answering DNS server, as {@code LabNetwork} gives it. */
    private List<String> proxyResolver() {
        return network.dnsServers() == null ? List.of() : network.dnsServers().stream()
                .filter(s -> s.behaviour().equals("answer")).map(LabFile.DnsServer::address).limit(1).toList();
    }

    /**
     * The exit status of ActionQueueScrape's canConnect curl ({@code --connect-timeout 10 -m 20 -L --max-redirs 5
     * -f} on the regions URL) with {@code servers} at the lab's start.
     */
    public int canConnectStatus(String fqdn, List<String> servers, int connectTimeoutSeconds) {
        CurlLimits limits = new CurlLimits(connectTimeoutSeconds, CurlLimits.CAN_CONNECT.maxTimeSeconds(), CurlLimits.CAN_CONNECT.maxRedirects());
        return canConnectStatus(ConnectorActivity.regionsUrl(fqdn), servers, lab.clock().start(), limits);
    }

    /** The exit status of canConnect's curl on {@code url} with {@code servers}, run when the device's clock reads {@code at}. */
    public int canConnectStatus(String url, List<String> servers, Instant at, CurlLimits limits) {
        return canConnectStatus(url, servers, DeviceState.Proxy.DISABLED, at, limits);
    }

    /** The same through {@code proxy} when it is enabled: ActionQueueScrape hands the device's proxy to its curl. */
    public int canConnectStatus(String url, List<String> servers, DeviceState.Proxy proxy, Instant at, CurlLimits limits) {
        return new CanConnectModel(this, lab, servers, proxy, at, limits).status(url);
    }
}
