package io.fpsh.net.server;

import java.time.Duration;
import java.util.List;

import org.xbill.DNS.Address;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * What the lab DNS knows about one name.
 *
 * @param a         IPv4 addresses (A records)
 * @param aaaa      IPv6 addresses (AAAA records)
 * @param cname     the canonical name this name is an alias of, or {@code null}; when set, A/AAAA/PTR are ignored
 * @param ptr       host names for a reverse name (PTR records)
 * @param behaviour an override of the server's behaviour for queries of this name, or {@code null} to inherit it
 * @param delay     how long a reply about this name waits (for SLOW; also delays SERVFAIL/REFUSED when set), or
 *                  {@code null} to use the server's delay
 */
public record DnsEntry(List<String> a, List<String> aaaa, String cname, List<String> ptr, DnsBehaviour behaviour, Duration delay) {

    public DnsEntry {
        a = a == null ? List.of() : List.copyOf(a);
        aaaa = aaaa == null ? List.of() : List.copyOf(aaaa);
        ptr = ptr == null ? List.of() : List.copyOf(ptr);
        if (cname != null) {
            requireHostName(cname);
        }
        ptr.forEach(DnsEntry::requireHostName);
        a.forEach(address -> requireLiteral(address, Address.IPv4, "A"));
        aaaa.forEach(address -> requireLiteral(address, Address.IPv6, "AAAA"));
        if (delay != null && delay.isNegative()) {
            throw new IllegalArgumentException("negative DNS delay " + delay);
        }
    }

    // Checked here so a bad lab file fails at load time, not as a dropped query later.
    private static void requireHostName(String host) {
        try {
            Name.fromString(host, Name.root);
        } catch (TextParseException | RuntimeException e) {
            throw new IllegalArgumentException("bad host name '" + host + "' in DNS entry: " + e.getMessage(), e);
        }
    }

    private static void requireLiteral(String address, int family, String type) {
        if (address == null || Address.toByteArray(address, family) == null) {
            throw new IllegalArgumentException("not an " + type + " address: '" + address + "'");
        }
    }

    public static DnsEntry addresses(List<String> a, List<String> aaaa) {
        return new DnsEntry(a, aaaa, null, null, null, null);
    }

    public static DnsEntry alias(String cname) {
        return new DnsEntry(null, null, cname, null, null, null);
    }

    /** A name that does not exist, even where names outside the zone get public answers. */
    public static DnsEntry nonexistent() {
        return new DnsEntry(null, null, null, null, DnsBehaviour.NXDOMAIN, null);
    }

    public static DnsEntry pointer(String... hostNames) {
        return new DnsEntry(null, null, null, List.of(hostNames), null, null);
    }

    /** The same data with another behaviour and delay for this name. */
    public DnsEntry withBehaviour(DnsBehaviour newBehaviour, Duration newDelay) {
        return new DnsEntry(a, aaaa, cname, ptr, newBehaviour, newDelay);
    }
}
