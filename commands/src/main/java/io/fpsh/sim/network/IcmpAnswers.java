package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;
import io.fpsh.net.VirtualNetwork.TcpRoute;
import io.fpsh.net.dns.IpLiteral;
import io.fpsh.sim.DeviceState;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lab network does to an ICMP echo (ping) and to a probe with a small TTL (traceroute), computed from the
 * lab file: no ICMP is ever sent. The rules: the device itself and its gateway answer; every lab host answers
 * whatever its port 443 does (a firewall that drops 443 lets ICMP through: ping works, curl times out); a lab DNS
 * server answers unless it is {@code silent} (a dead box); the lab's proxy answers; an address of the lab's
 * subnets that nobody owns never answers; beyond the lab, the {@code network.internet} rule decides (the gateway's
 * "Destination Host Unreachable" by default, nothing for {@code drop} or {@code reject}).
 * [UNVERIFIED] round-trip times: the lab file has no latencies, so a host on the management subnet answers in
 * about half a millisecond and a host beyond the gateway in a time fixed by its name (20-80 ms), with a little
 * jitter per packet; the path to it is the gateway then the host (the lab has no other routers).
 */
public final class IcmpAnswers {
    /** The kernel's default TTL, which a Linux host's reply starts with. */
    public static final int LINUX_TTL = 64;

    /** How an echo request ends. */
    public sealed interface Echo permits Echo.Reply, Echo.Silent, Echo.Unreachable {
        /** The host answers after {@code rttMillis}; {@code ttl} as the reply arrives. */
        record Reply(double rttMillis, int ttl) implements Echo {}
        /** Nothing comes back. */
        record Silent() implements Echo {}
        /** The gateway answers "Destination Host Unreachable" (after ARP gives up, ~3 s). */
        record Unreachable(String router) implements Echo {}
    }

    /** One router or host on the way, with its round-trip time; {@code address} null for a hop that stays silent. */
    public record Hop(String address, double rttMillis, boolean unreachable) {}

    private final LabFile lab;
    private final DeviceState state;
    private final LabSubnets subnets;
    /** Where the echoes leave from: the management interface (read live) or a data interface. */
    private final java.util.function.Supplier<Source> source;

    /**
     * The interface echoes leave by: its address, netmask and the gateway its default route names (null on a data
     * interface that carries none: only its own subnet is reached through it).
     */
    public record Source(String address, String netmask, String gateway) {}

    /** Echoes from the management interface (ping system, the expert shell's ping and traceroute). */
    public IcmpAnswers(DeviceState state) {
        this(state, () -> new Source(state.ipv4().address(), state.ipv4().netmask(), state.ipv4().gateway()));
    }

    /** Echoes from {@code source}, a data interface (LINA's ping and traceroute on a lab with data interfaces). */
    public IcmpAnswers(DeviceState state, java.util.function.Supplier<Source> source) {
        this.lab = state.lab();
        this.state = state;
        this.subnets = new LabSubnets(lab);
        this.source = source;
    }

    /** The echo reply (or its absence) for {@code address}, a dotted IPv4 literal; {@code sequence} varies the time. */
    public Echo echo(String address, int sequence) {
        if (isSelf(address)) {
            return new Echo.Reply(jitter(0.035, address, sequence, 0.01), LINUX_TTL);
        }
        if (address.equals(gateway())) {
            return new Echo.Reply(jitter(0.45, address, sequence, 0.1), LINUX_TTL);
        }
        if (answers(address)) {
            boolean local = onManagementSubnet(address);
            double base = local ? 0.5 : wanMillis(address);
            return new Echo.Reply(jitter(base, address, sequence, local ? 0.1 : 1.5), local ? LINUX_TTL : LINUX_TTL - 1);
        }
        TcpRoute unclaimed = subnets.unclaimed(IpLiteral.parse(address).orElseThrow());
        return unclaimed instanceof TcpRoute.Unreachable ? new Echo.Unreachable(gateway()) : new Echo.Silent();
    }

    /** The hops a traceroute to {@code address} meets, up to the host itself (or, for a silent one, the gateway). */
    public List<Hop> path(String address) {
        if (isSelf(address) || onManagementSubnet(address)) {
            Echo echo = echo(address, 1);
            return echo instanceof Echo.Reply reply ? List.of(new Hop(address, reply.rttMillis(), false)) : List.of();
        }
        Hop first = new Hop(gateway(), 0.45, false);
        Echo echo = echo(address, 1);
        if (echo instanceof Echo.Reply reply) {
            return List.of(first, new Hop(address, reply.rttMillis(), false));
        }
        return echo instanceof Echo.Unreachable ? List.of(first, new Hop(gateway(), 3000.0, true)) : List.of(first);
    }

    /** Whether the traceroute's last hop is the destination or the path fades into silence / unreachability. */
    public boolean reaches(String address) {
        return echo(address, 1) instanceof Echo.Reply;
    }

    private boolean answers(String address) {
        // the management interface and its gateway answer from the data side too: the lab routes between them
        if (address.equals(state.ipv4().address()) || address.equals(state.ipv4().gateway())) {
            return true;
        }
        for (LabFile.Host host : Objects.requireNonNullElse(lab.network().hosts(), List.<LabFile.Host>of())) {
            if (host.addresses().contains(address)) {
                return true;
            }
        }
        Optional<LabFile.DnsServer> dns = Objects.requireNonNullElse(lab.network().dnsServers(), List.<LabFile.DnsServer>of())
                .stream().filter(s -> s.address().equals(address)).findFirst();
        if (dns.isPresent()) {
            return !dns.get().behaviour().equals("silent");
        }
        LabFile.LabProxy proxy = lab.network().proxy();
        return proxy != null && proxy.address().equals(address);
    }

    private boolean isSelf(String address) {
        return address.startsWith("127.") || address.equals(source.get().address());
    }

    private String gateway() {
        return source.get().gateway();
    }

    private boolean onManagementSubnet(String address) {
        Source from = source.get();
        int mask = toInt(from.netmask());
        return (toInt(address) & mask) == (toInt(from.address()) & mask);
    }

    /** A host's WAN round trip, fixed by its address so every run shows the same figure. */
    private static double wanMillis(String address) {
        return 20 + Math.floorMod(address.hashCode(), 600) / 10.0;
    }

    private static double jitter(double base, String address, int sequence, double spread) {
        long mixed = (address.hashCode() * 31L + sequence) * 0x9E3779B97F4A7C15L; // spread neighbouring sequences
        int h = (int) Math.floorMod(mixed >>> 20, 1000L);
        return base + spread * (h / 1000.0 - 0.5);
    }

    private static int toInt(String dotted) {
        int value = 0;
        for (String part : dotted.split("\\.")) {
            value = value << 8 | Integer.parseInt(part);
        }
        return value;
    }
}
