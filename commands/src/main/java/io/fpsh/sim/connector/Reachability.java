package io.fpsh.sim.connector;

import io.fpsh.lab.LabFile;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lab's network does to a lookup, read from the lab file: which configured server answers, and how long
 * the device's resolver waits for the silent ones. The device's own daemons (connector, ActionQueueScrape) run
 * continuously in lab time, so their history is computed from this rather than replayed on real sockets; a test
 * checks that it agrees with what curl really gets from the lab's servers.
 */
public final class Reachability {
    /** The outcome of resolving a name: which server gave up or answered, after how long. */
    public record Lookup(String host, List<String> addresses, boolean timedOut, String lastServer, Duration took) {
        public boolean resolved() {
            return !addresses.isEmpty();
        }
    }

    private final LabFile.Network network;
    private final int timeoutSeconds;
    private final int attempts;

    public Reachability(LabFile lab) {
        this.network = lab.network();
        this.timeoutSeconds = Objects.requireNonNullElse(lab.dns().timeoutSeconds(), 5);
        this.attempts = Objects.requireNonNullElse(lab.dns().attempts(), 2);
    }

    /** Resolves {@code host} with {@code servers} as glibc does: each attempt asks every server in turn. */
    public Lookup resolve(String host, List<String> servers) {
        Duration waited = Duration.ZERO;
        String last = servers.isEmpty() ? null : servers.get(0);
        for (int attempt = 0; attempt < attempts; attempt++) {
            for (String server : servers) {
                last = server;
                String behaviour = behaviourOf(server);
                if (behaviour.equals("answer")) {
                    Optional<LabFile.Host> known = host(host);
                    return new Lookup(host, known.map(LabFile.Host::addresses).orElse(List.of()), false, server, waited);
                }
                if (behaviour.equals("silent")) {
                    waited = waited.plusSeconds(timeoutSeconds);
                }
            }
        }
        return new Lookup(host, List.of(), true, last, waited);
    }

    /** How a lab DNS server behaves; an address the lab does not define never answers. */
    public String behaviourOf(String server) {
        if (network.dnsServers() == null) {
            return "silent";
        }
        return network.dnsServers().stream().filter(s -> s.address().equals(server))
                .map(LabFile.DnsServer::behaviour).findFirst().orElse("silent");
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

    /**
     * The exit status of ActionQueueScrape's canConnect curl ({@code --connect-timeout 10 -f} on the regions
     * URL) with {@code servers}: 28 when the lookup outlasts the connect timeout, 6 when it fails sooner,
     * 28 when nothing serves the address, 0 when the regions endpoint answers.
     */
    public int canConnectStatus(String fqdn, List<String> servers, int connectTimeoutSeconds) {
        Lookup lookup = resolve(fqdn, servers);
        if (!lookup.resolved()) {
            return lookup.took().getSeconds() >= connectTimeoutSeconds ? 28 : 6;
        }
        return host(fqdn).map(LabFile.Host::endpoint).isPresent() ? 0 : 28;
    }
}
