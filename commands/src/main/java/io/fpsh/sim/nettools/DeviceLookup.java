package io.fpsh.sim.nettools;

import io.fpsh.net.dns.IpLiteral;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.connector.Reachability;

import java.net.Inet4Address;
import java.util.Optional;

/**
 * A name as the device's C library resolves it for ping, traceroute, telnet and nc ("hosts: files dns"): an IPv4
 * literal as is, localhost and the device's own name from /etc/hosts, anything else with the device's DNS servers
 * as the lab's network answers them (the lab's model, so a dead server costs the resolver's own wait in lab time).
 */
public final class DeviceLookup {
    /** The outcome: {@code address} when found, else the lookup failed ({@code timedOut}: no server answered). */
    public record Resolved(String name, String address, boolean timedOut) {
        public boolean found() {
            return address != null;
        }
    }

    private final DeviceState state;
    private final Reachability reachability;

    public DeviceLookup(DeviceState state) {
        this.state = state;
        this.reachability = Reachability.of(state);
    }

    /** Resolves {@code name}; waits (lab time) as long as the device's resolver would. */
    public Resolved resolve(String name) throws InterruptedException {
        Optional<java.net.InetAddress> literal = IpLiteral.parse(name);
        if (literal.isPresent()) {
            return literal.get() instanceof Inet4Address ? new Resolved(name, literal.get().getHostAddress(), false)
                    : new Resolved(name, null, false);
        }
        if (name.equalsIgnoreCase("localhost")) {
            return new Resolved(name, "127.0.0.1", false);
        }
        if (name.equalsIgnoreCase(state.hostname())) {
            return new Resolved(name, state.ipv4().address(), false);
        }
        Reachability.Lookup lookup = reachability.resolve(name, state.dnsServers());
        state.clock().pause(lookup.took());
        return lookup.resolved() ? new Resolved(name, lookup.addresses().get(0), false)
                : new Resolved(name, null, lookup.timedOut());
    }

    /** {@link #resolve}, or null when Ctrl-C ended the resolver's wait (ping and traceroute then exit 2). */
    public Resolved resolveUnlessInterrupted(String name) {
        try {
            return resolve(name);
        } catch (InterruptedException e) {
            return null;
        }
    }

    /** The reverse name ping prints for a lab host's address, or the address itself when it has none. */
    public String reverseName(String address) {
        return reachability.hostByAddress(address).map(h -> h.ptr() != null && !h.ptr().isBlank()
                ? io.fpsh.sim.network.LabNetwork.reverseNameFor(address, h.ptr()) : address).orElse(address);
    }
}
