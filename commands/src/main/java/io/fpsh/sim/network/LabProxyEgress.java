package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;
import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.StubResolver;
import io.fpsh.net.server.LoopbackSockets;
import io.fpsh.net.server.TunnelDialer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the lab's proxy reaches a server: it resolves the name with its own resolver (the lab's answering DNS
 * server, whatever the device is configured with) and connects from beyond the device's firewall, so port-443
 * rules meant for the device do not apply to it.
 */
final class LabProxyEgress implements TunnelDialer {
    /** Squid's connect timeout is a minute: longer than any curl waits, so a dead server is the client's timeout. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RESOLVE_DEADLINE = Duration.ofSeconds(10);

    private final HostResolver resolver;
    private final VirtualNetwork beyondFirewall;

    LabProxyEgress(HostResolver resolver, VirtualNetwork beyondFirewall) {
        this.resolver = resolver;
        this.beyondFirewall = beyondFirewall;
    }

    /** The lab proxy's egress: its resolver is the lab's first answering DNS server (none: it resolves nothing). */
    static LabProxyEgress of(LabFile lab, VirtualNetwork beyondFirewall) {
        ResolvConf conf = Objects.requireNonNullElse(lab.network().dnsServers(), List.<LabFile.DnsServer>of()).stream()
                .filter(s -> s.behaviour().equals("answer")).findFirst()
                .map(s -> ResolvConf.of(literal(s.address())))
                .orElseGet(ResolvConf::of);
        return new LabProxyEgress(new StubResolver(conf, beyondFirewall), beyondFirewall);
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address); // an IPv4 literal (validated): no lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Socket dial(String host, int port) throws IOException {
        HostResolver.Resolution resolution;
        try {
            resolution = resolver.resolve(host, RESOLVE_DEADLINE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("lab closing");
        }
        if (!resolution.resolved()) {
            throw new UnknownHostException(host);
        }
        VirtualNetwork.TcpRoute route = beyondFirewall.tcp(resolution.addresses().get(0), port);
        if (route instanceof VirtualNetwork.TcpRoute.Reach reach) {
            return LoopbackSockets.connect(reach.endpoint().getAddress(), reach.endpoint().getPort());
        }
        if (route instanceof VirtualNetwork.TcpRoute.Reject) {
            throw new ConnectException("refused");
        }
        if (route instanceof VirtualNetwork.TcpRoute.Unreachable) {
            throw new java.net.NoRouteToHostException("No route to host");
        }
        try {
            Thread.sleep(CONNECT_TIMEOUT.toMillis()); // SYNs dropped: the proxy waits, then gives up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new SocketTimeoutException("connect timed out");
    }

}
