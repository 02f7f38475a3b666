package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;
import io.fpsh.net.VirtualNetwork.TcpRoute;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lab's own address space: the management subnet and the /24 around each address the lab names (hosts, DNS
 * servers, its proxy). An address there that nobody answers for drops SYNs, as a quiet host does; anything else
 * is outside the lab, where the Internet begins.
 */
public final class LabSubnets {
    private record Subnet(int network, int mask) {
        boolean contains(int address) {
            return (address & mask) == network;
        }
    }

    private static final int SLASH_24 = 0xFFFFFF00;

    private final List<Subnet> subnets = new ArrayList<>();

    private final String internet;

    public LabSubnets(LabFile lab) {
        this.internet = lab.network().internetOrDefault();
        LabFile.Ipv4 management = lab.management().ipv4();
        int netmask = toInt(management.netmask());
        subnets.add(new Subnet(toInt(management.address()) & netmask, netmask));
        LabFile.Network network = lab.network();
        for (LabFile.Host host : Objects.requireNonNullElse(network.hosts(), List.<LabFile.Host>of())) {
            host.addresses().forEach(this::add24);
        }
        for (LabFile.DnsServer server : Objects.requireNonNullElse(network.dnsServers(), List.<LabFile.DnsServer>of())) {
            add24(server.address());
        }
        if (network.proxy() != null) {
            add24(network.proxy().address());
        }
    }

    /**
     * Where a connection to an address no lab host answers goes: dropped inside the lab, else what the lab says the
     * Internet does (unreachable unless it says otherwise).
     */
    public TcpRoute unclaimed(InetAddress address) {
        if (contains(address)) {
            return new TcpRoute.Drop();
        }
        return switch (internet) {
            case "drop" -> new TcpRoute.Drop();
            case "reject" -> new TcpRoute.Reject();
            default -> new TcpRoute.Unreachable();
        };
    }

    private boolean contains(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return true; // the device's own loopback is not the Internet
        }
        byte[] bytes = address.getAddress();
        if (bytes.length != 4) {
            return false;
        }
        int value = toInt(bytes);
        return subnets.stream().anyMatch(subnet -> subnet.contains(value));
    }

    private void add24(String address) {
        subnets.add(new Subnet(toInt(address) & SLASH_24, SLASH_24));
    }

    /** A validated dotted IPv4 literal as an int. */
    private static int toInt(String dotted) {
        int value = 0;
        for (String part : dotted.split("\\.")) {
            value = value << 8 | Integer.parseInt(part);
        }
        return value;
    }

    private static int toInt(byte[] bytes) {
        return (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | (bytes[3] & 0xFF);
    }
}
