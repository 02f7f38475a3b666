package io.fpsh.net.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.xbill.DNS.Address;
import org.xbill.DNS.Name;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.TextParseException;

/**
 * The names a lab DNS server answers for. Keys are host names (case and a trailing dot do not matter), reverse
 * names ({@code 11.2.0.192.in-addr.arpa}) or plain IP literals ({@code 192.0.2.11}), which stand for their reverse
 * name, so a lab file can write PTR data next to the address it describes.
 *
 * @param entries     the names and their data
 * @param ttl         the TTL of every record served
 * @param publicNames whether a name outside {@code entries} gets a public answer ({@link PublicNames}) instead of
 *                    NXDOMAIN, as from a resolver that reaches the Internet
 */
public record DnsZone(Map<String, DnsEntry> entries, Duration ttl, boolean publicNames) {

    public static final Duration DEFAULT_TTL = Duration.ofSeconds(300);

    public DnsZone {
        Map<String, DnsEntry> normalised = new LinkedHashMap<>();
        for (Map.Entry<String, DnsEntry> entry : entries.entrySet()) {
            String key = canonicalKey(entry.getKey());
            if (normalised.put(key, entry.getValue()) != null) {
                throw new IllegalArgumentException("DNS name '" + entry.getKey() + "' is defined twice");
            }
        }
        entries = Map.copyOf(normalised);
        ttl = ttl == null ? DEFAULT_TTL : ttl;
    }

    public DnsZone(Map<String, DnsEntry> entries, Duration ttl) {
        this(entries, ttl, false);
    }

    public DnsZone(Map<String, DnsEntry> entries) {
        this(entries, DEFAULT_TTL);
    }

    /**
     * The entry of a name as queried (absolute dnsjava name): its own, else its public answer when the zone gives
     * them. An entry that says NXDOMAIN stands for a name that does not exist, public or not.
     */
    public Optional<DnsEntry> lookup(Name name) {
        DnsEntry own = entries.get(name.toString().toLowerCase(Locale.ROOT));
        if (own != null || !publicNames) {
            return Optional.ofNullable(own);
        }
        return PublicNames.addressOf(name).map(address -> DnsEntry.addresses(List.of(address.getHostAddress()), List.of()));
    }

    /** Lower-case absolute name, with IP literals turned into their reverse name: how the zone compares names. */
    public static String canonicalKey(String key) {
        String trimmed = key.trim();
        for (int family : new int[] {Address.IPv4, Address.IPv6}) {
            byte[] literal = Address.toByteArray(trimmed, family);
            if (literal != null) {
                return ReverseMap.fromAddress(literal).toString().toLowerCase(Locale.ROOT);
            }
        }
        try {
            return Name.fromString(trimmed, Name.root).toString().toLowerCase(Locale.ROOT);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("bad DNS name '" + key + "': " + e.getMessage(), e);
        }
    }

}
