package io.fpsh.sim;

import io.fpsh.lab.LabFile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one mutable model of a simulated FTD. Every view (show network, resolv.conf, nslookup, curl, the logs, lsof)
 * is computed from it, so a configuration change shows everywhere at once. What belongs to one login (mode, clish
 * history, sudo ticket) is its {@link FtdSession}'s: sessions of one device share this state, nothing else.
 */
public final class DeviceState {
    /** A change of the DNS configuration, kept so the logs can follow it in lab time. */
    public record DnsChange(Instant at, List<String> servers) {}

    public record Ipv4(String configuration, String address, String netmask, String gateway) {}

    /**
     * The HTTP proxy setting. {@code password} is kept for the daemons that send it (never shown); null without
     * authentication.
     */
    public record Proxy(boolean enabled, String address, int port, String user, boolean authenticated, String password) {
        public static final Proxy DISABLED = new Proxy(false, null, 0, null, false, null);

        public Proxy(boolean enabled, String address, int port, String user, boolean authenticated) {
            this(enabled, address, port, user, authenticated, null);
        }

        @Override
        public String toString() { // no password in logs or test messages
            return "Proxy[" + (enabled ? address + ":" + port + (authenticated ? ", user " + user : "") : "disabled") + "]";
        }
    }

    /**
     * What the device's hardware says about it: the UUID {@code show version} prints and the management interface's
     * MAC address. The lab's own, except on a fleet's devices, which each have their own.
     */
    public record Hardware(String uuid, String mac) {}

    /** A change of the proxy setting, kept so the daemons follow it in lab time. */
    public record ProxyChange(Instant at, Proxy proxy) {}

    /** A daemon restarted by pmtool, kept so the connector's schedule starts over from it. */
    public record Restart(Instant at, String daemon) {}

    private final LabFile lab;
    private final LabClock clock;
    private String hostname;
    private Hardware hardware;
    private List<String> dnsServers;
    private List<String> searchDomains;
    private final List<DnsChange> dnsHistory = new ArrayList<>();
    private Ipv4 ipv4;
    private int managementPort;
    private Proxy proxy;
    private final List<ProxyChange> proxyHistory = new ArrayList<>();
    private final List<Restart> restarts = new ArrayList<>();

    public DeviceState(LabFile lab, LabClock clock) {
        this.lab = lab;
        this.clock = clock;
        this.hostname = lab.device().hostname();
        this.hardware = new Hardware(lab.device().uuid(), lab.management().mac());
        this.dnsServers = List.copyOf(lab.dns().servers());
        this.searchDomains = List.copyOf(Objects.requireNonNullElse(lab.dns().searchDomains(), List.of()));
        LabFile.Ipv4 v4 = lab.management().ipv4();
        this.ipv4 = new Ipv4(Objects.requireNonNullElse(v4.configuration(), "Manual"), v4.address(), v4.netmask(), v4.gateway());
        this.managementPort = lab.management().port();
        LabFile.Proxy p = lab.proxy();
        this.proxy = p == null || !p.enabled() ? Proxy.DISABLED
                : new Proxy(true, p.address(), Objects.requireNonNullElse(p.port(), 3128), p.user(), p.user() != null, p.password());
        proxyHistory.add(new ProxyChange(Instant.MIN, proxy));
        dnsHistory.add(new DnsChange(Instant.MIN, dnsServers));
    }

    public LabFile lab() { return lab; }

    public LabClock clock() { return clock; }

    public synchronized String hostname() { return hostname; }

    public synchronized void setHostname(String hostname) { this.hostname = hostname; }

    public synchronized Hardware hardware() { return hardware; }

    public synchronized void setHardware(Hardware hardware) { this.hardware = hardware; }

    public synchronized List<String> dnsServers() { return dnsServers; }

    public synchronized void setDnsServers(List<String> servers) {
        dnsServers = List.copyOf(servers);
        dnsHistory.add(new DnsChange(clock.now(), dnsServers));
    }

    /** The DNS servers in force at a lab instant. */
    public synchronized List<String> dnsServersAt(Instant at) {
        List<String> servers = dnsHistory.get(0).servers();
        for (DnsChange change : dnsHistory) {
            if (!change.at().isAfter(at)) {
                servers = change.servers();
            }
        }
        return servers;
    }

    public synchronized List<DnsChange> dnsHistory() { return List.copyOf(dnsHistory); }

    public synchronized List<String> searchDomains() { return searchDomains; }

    public synchronized void setSearchDomains(List<String> domains) { searchDomains = List.copyOf(domains); }

    public int resolverTimeoutSeconds() { return Objects.requireNonNullElse(lab.dns().timeoutSeconds(), 5); }

    public int resolverAttempts() { return Objects.requireNonNullElse(lab.dns().attempts(), 2); }

    public synchronized Ipv4 ipv4() { return ipv4; }

    public synchronized void setIpv4(Ipv4 ipv4) { this.ipv4 = ipv4; }

    public synchronized int managementPort() { return managementPort; }

    public synchronized void setManagementPort(int port) { managementPort = port; }

    public synchronized Proxy proxy() { return proxy; }

    public synchronized void setProxy(Proxy proxy) {
        this.proxy = proxy;
        proxyHistory.add(new ProxyChange(clock.now(), proxy));
    }

    /** The proxy setting in force at a lab instant. */
    public synchronized Proxy proxyAt(Instant at) {
        Proxy inForce = proxyHistory.get(0).proxy();
        for (ProxyChange change : proxyHistory) {
            if (!change.at().isAfter(at)) {
                inForce = change.proxy();
            }
        }
        return inForce;
    }

    public synchronized List<ProxyChange> proxyHistory() { return List.copyOf(proxyHistory); }

    /** pmtool restarted {@code daemon} now. */
    public synchronized void restart(String daemon) {
        restarts.add(new Restart(clock.now(), daemon));
    }

    /** The restarts of {@code daemon}, oldest first. */
    public synchronized List<Restart> restartsOf(String daemon) {
        return restarts.stream().filter(r -> r.daemon().equals(daemon)).toList();
    }

    /** The password of an account, or null. */
    public String passwordOf(String user) {
        return lab.device().accounts().stream().filter(a -> a.user().equals(user))
                .map(LabFile.Account::password).findFirst().orElse(null);
    }

    /** The account the session logs in as: the lab's first. */
    public String loginUser() {
        return lab.device().accounts().get(0).user();
    }
}
