package io.fpsh.local;

import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.StubResolver;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

/**
 * The operator's resolver as glibc's "hosts: files dns" sees it: /etc/hosts first, then DNS over the servers of
 * /etc/resolv.conf. nsswitch.conf itself is not read (mdns, myhostname, systemd-resolved's own source... are not
 * consulted); without a hosts entry, {@code localhost} still means the loopback addresses.
 */
public final class LocalResolver implements HostResolver {

    private final HostsFile hosts;
    private final StubResolver dns;

    LocalResolver(HostsFile hosts, ResolvConf conf, VirtualNetwork network) {
        this.hosts = hosts;
        this.dns = new StubResolver(conf, network);
    }

    /**
     * The same order on a simulated device: its own /etc/hosts ({@code hostsText}), then DNS over its resolv.conf
     * servers on the lab's network.
     */
    public static HostResolver filesThenDns(String hostsText, ResolvConf conf, VirtualNetwork network) {
        return new LocalResolver(new HostsFile(hostsText), conf, network);
    }

    @Override
    public Resolution resolve(String host, Duration deadline) throws InterruptedException {
        List<InetAddress> listed = hosts.addresses(host);
        if (listed.isEmpty() && isLocalhost(host)) {
            listed = List.of(InetAddress.getLoopbackAddress());
        }
        if (!listed.isEmpty()) {
            return new Resolution(host, Outcome.RESOLVED, listed, null, Duration.ZERO);
        }
        return dns.resolve(host, deadline);
    }

    private static boolean isLocalhost(String host) {
        return host.equalsIgnoreCase("localhost") || host.equalsIgnoreCase("localhost.");
    }
}
