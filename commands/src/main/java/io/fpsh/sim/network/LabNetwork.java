package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.server.DnsBehaviour;
import io.fpsh.net.server.DnsEntry;
import io.fpsh.net.server.DnsZone;
import io.fpsh.net.server.LabConnectProxy;
import io.fpsh.net.server.LabDnsServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The lab's network: each lab service is a real server on 127.0.0.1, started the first time it is reached.
 * Addresses the lab does not define are unreachable (datagrams lost; connections time out inside the lab's
 * subnets and meet {@code network.internet} outside them, "No route to host" by default); no socket is ever
 * opened to a lab address itself. Hosts listen on 443 only, except that a host whose endpoint hangs up at once
 * ({@code behaviour: close}) does so on port 80 too, so plain {@code http://} meets the same hang-up (curl 52).
 */
public final class LabNetwork implements VirtualNetwork, AutoCloseable {
    static final int HTTPS_PORT = 443;
    static final int HTTP_PORT = 80;
    static final int DNS_PORT = 53;

    private final LabFile lab;
    private final LabHttpsServers https;
    private final LabTlsInspection inspection;
    private final LabSubnets subnets;
    private volatile LabConnectProxy proxy;
    private final Map<String, LabDnsServer> dnsServers = new ConcurrentHashMap<>();
    private volatile boolean closed;
    /** What the stand-ins (:net) have changed on the path now: rules the firewall added, hosts the proxy exempts. */
    private final Supplier<PathChanges> path;

    /** {@code deviceClock} is the device's time; the servers live in the network's, which a skewed device lags or leads. */
    public LabNetwork(LabFile lab, Supplier<java.time.Instant> deviceClock) {
        this(lab, () -> PathChanges.NONE, () -> lab.clock().networkTime(deviceClock.get()));
    }

    /** The network of {@code device} alone in its lab: its path and its network's true time follow its state. */
    public static LabNetwork of(io.fpsh.sim.DeviceState device) {
        return new LabNetwork(device.lab(), device::path, () -> device.networkTime(device.clock().now()));
    }

    private LabNetwork(LabFile lab, Supplier<PathChanges> path, Supplier<java.time.Instant> networkClock) {
        this.lab = lab;
        this.path = path;
        this.https = new LabHttpsServers(lab, networkClock);
        this.inspection = new LabTlsInspection(lab, https, networkClock);
        this.subnets = new LabSubnets(lab);
    }

    @Override
    public TcpRoute tcp(InetAddress address, int port) {
        if (closed) {
            return new TcpRoute.Reject();
        }
        LabFile.LabProxy labProxy = lab.network().proxy();
        if (labProxy != null && labProxy.address().equals(address.getHostAddress()) && port == labProxy.portOrDefault()) {
            return new TcpRoute.Reach(proxy().endpoint());
        }
        return route(address, port, true);
    }

    /** Where a connection goes; {@code throughFirewall} false for the proxy's own, which port-443 rules do not stop. */
    private TcpRoute route(InetAddress address, int port, boolean throughFirewall) {
        if (closed) {
            return new TcpRoute.Reject();
        }
        Optional<LabFile.Host> host = hostByAddress(address.getHostAddress());
        if (host.isPresent() && port == HTTPS_PORT) {
            PathChanges changes = path.get();
            switch (throughFirewall ? changes.tcp443(host.get(), address.getHostAddress()) : "open") {
                case "drop" -> {
                    return new TcpRoute.Drop();
                }
                case "reject" -> {
                    return new TcpRoute.Reject();
                }
                default -> {
                    if (host.get().endpoint() != null) {
                        return new TcpRoute.Reach(changes.inspected(lab, host.get())
                                ? inspection.endpointFor(host.get()) : https.endpointFor(host.get()));
                    }
                }
            }
        }
        if (host.isPresent() && port == HTTP_PORT && hangsUpAtOnce(host.get())) {
            // the accept-and-close server never reads a byte, so it serves plain HTTP as well as TLS
            return new TcpRoute.Reach(https.endpointFor(host.get()));
        }
        return subnets.unclaimed(address);
    }

    private boolean hangsUpAtOnce(LabFile.Host host) {
        return host.endpoint() != null && !LabCertificates.inspected(lab, host)
                && LabCertificates.endpoint(lab, host.endpoint()).behaviourOrDefault().equals("close");
    }

    /** The lab's proxy, started on first use and stopped with the network. */
    private synchronized LabConnectProxy proxy() {
        if (proxy == null) {
            LabFile.LabProxy labProxy = lab.network().proxy();
            proxy = LabConnectProxy.start(labProxy.user(), labProxy.password(),
                    LabProxyEgress.of(lab, beyondFirewall()));
            if (closed) { // close() ran meanwhile: this one must not outlive the network
                proxy.close();
            }
        }
        return proxy;
    }

    /** The network as the proxy sees it: the same servers, without the device's firewall. */
    private VirtualNetwork beyondFirewall() {
        return new VirtualNetwork() {
            @Override
            public TcpRoute tcp(InetAddress address, int port) {
                return route(address, port, false);
            }

            @Override
            public Optional<InetSocketAddress> udp(InetAddress address, int port) {
                return LabNetwork.this.udp(address, port);
            }
        };
    }

    @Override
    public io.fpsh.net.SynRetries synRetries() {
        return lab.network().synRetries();
    }

    @Override
    public Optional<InetSocketAddress> udp(InetAddress address, int port) {
        if (closed || port != DNS_PORT) {
            return Optional.empty();
        }
        String text = address.getHostAddress();
        return dnsServer(text).map(server -> dnsServers.computeIfAbsent(text, a -> startDns(server)).endpoint());
    }

    private Optional<LabFile.DnsServer> dnsServer(String address) {
        return Objects.requireNonNullElse(lab.network().dnsServers(), List.<LabFile.DnsServer>of()).stream()
                .filter(s -> s.address().equals(address)).findFirst();
    }

    private Optional<LabFile.Host> hostByAddress(String address) {
        return Objects.requireNonNullElse(lab.network().hosts(), List.<LabFile.Host>of()).stream()
                .filter(h -> h.addresses().contains(address)).findFirst();
    }

    private LabDnsServer startDns(LabFile.DnsServer server) {
        DnsBehaviour behaviour = switch (server.behaviour()) {
            case "silent" -> DnsBehaviour.SILENT;
            case "servfail" -> DnsBehaviour.SERVFAIL;
            case "refused" -> DnsBehaviour.REFUSED;
            case "slow" -> DnsBehaviour.SLOW;
            default -> DnsBehaviour.ANSWER;
        };
        java.time.Duration delay = server.delayMs() == null ? null : java.time.Duration.ofMillis(server.delayMs());
        boolean answers = behaviour == DnsBehaviour.ANSWER || behaviour == DnsBehaviour.SLOW;
        return LabDnsServer.start(zone(answers), behaviour, delay);
    }

    /** A name's own DNS fault, which overrides an answering server; a server that fails as a whole still does. */
    private static DnsBehaviour nameBehaviour(LabFile.Host host) {
        return switch (host.dnsOrDefault()) {
            case "servfail" -> DnsBehaviour.SERVFAIL;
            case "refused" -> DnsBehaviour.REFUSED;
            default -> null;
        };
    }

    /**
     * Every lab host by name, a PTR record for each of its addresses and an A record for each PTR name (so a reverse
     * answer resolves back to its address); names' own faults only on a server that {@code answers} (a silent or
     * failing server fails for every name alike). Any other name gets its public answer, as from a resolver that
     * reaches the Internet (see {@link io.fpsh.net.server.PublicNames}).
     */
    DnsZone zone(boolean answers) {
        Map<String, DnsEntry> entries = new LinkedHashMap<>();
        Map<String, String> reverseNames = new LinkedHashMap<>();
        for (LabFile.Host host : Objects.requireNonNullElse(lab.network().hosts(), List.<LabFile.Host>of())) {
            if (host.dnsOrDefault().equals("nxdomain")) {
                // no public answer either; a silent or failing server still fails for this name as for any other
                entries.put(host.name(), answers ? DnsEntry.nonexistent() : DnsEntry.nonexistent().withBehaviour(null, null));
            } else {
                entries.put(host.name(), DnsEntry.addresses(host.addresses(), List.of()).withBehaviour(answers ? nameBehaviour(host) : null, null));
            }
            if (host.ptr() != null) {
                for (String address : host.addresses()) {
                    String reverse = address.equals(host.addresses().get(0)) ? host.ptr() : reverseNameFor(address, host.ptr());
                    entries.putIfAbsent(address, DnsEntry.pointer(reverse));
                    reverseNames.putIfAbsent(reverse, address);
                }
            }
        }
        Set<String> defined = new HashSet<>();
        entries.keySet().forEach(name -> defined.add(DnsZone.canonicalKey(name)));
        reverseNames.forEach((name, address) -> {
            if (defined.add(DnsZone.canonicalKey(name))) {
                entries.put(name, DnsEntry.addresses(List.of(address), List.of()));
            }
        });
        return new DnsZone(entries, DnsZone.DEFAULT_TTL, true);
    }


    /** Cloud hosts have one reverse name per address: ec2-A-B-C-D.region..., rebuilt for the other addresses. */
    public static String reverseNameFor(String address, String firstPtr) {
        int dot = firstPtr.indexOf('.');
        return firstPtr.startsWith("ec2-") && dot > 0 ? "ec2-" + address.replace('.', '-') + firstPtr.substring(dot) : firstPtr;
    }

    @Override
    public void close() {
        closed = true;
        dnsServers.values().forEach(LabDnsServer::close);
        dnsServers.clear();
        synchronized (this) {
            if (proxy != null) {
                proxy.close();
            }
        }
        inspection.close();
        https.close();
    }
}
