package io.fpsh.lab.capture;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * IPv4 addresses into the documentation ranges (RFC 5737): private ones into 192.0.2.0/24, public ones into
 * 198.51.100.0/24 then 203.0.113.0/24. Two uses of one address stay one address, two addresses stay two.
 * <p>
 * Kept as they are: 0.0.0.0/8, loopback, multicast and above (broadcast and the 255.x netmasks), netmasks, and
 * addresses already in a documentation range. Those are no secret (the shipped labs and the lab's stand-ins use them),
 * and keeping them means a capture of a lab anonymizes to the same addresses, so the round trip compares like with
 * like; they are reserved, so no mapped address lands on one.
 * <p>
 * Each address keeps its last octet where that slot is free (a gateway stays .1, hosts of one /24 stay apart as they
 * were); addresses are placed in numeric order, not the order the tree holds them, so a recapture that adds one
 * address moves no other unless it takes its slot.
 */
final class Ipv4Map {
    private static final int[] PRIVATE_POOLS = {block(192, 0, 2)};
    private static final int[] PUBLIC_POOLS = {block(198, 51, 100), block(203, 0, 113)};

    private final Set<Integer> seen = new TreeSet<>(Integer::compareUnsigned);
    private final Set<Integer> taken = new HashSet<>();
    private final Map<Integer, Integer> mapped = new HashMap<>();

    /** Notes an address met in the tree (pass one): kept ones reserve their slot. */
    void note(int address) {
        if (kept(address)) {
            taken.add(address);
        } else {
            seen.add(address);
        }
    }

    /**
     * Places every address noted: the /24s holding most addresses first (the management network keeps its host
     * parts before a data interface's does), then in numeric order.
     */
    void allocate() {
        Map<Integer, Integer> perNetwork = new HashMap<>();
        for (int address : seen) {
            perNetwork.merge(address & 0xFFFFFF00, 1, Integer::sum);
        }
        List<Integer> order = new java.util.ArrayList<>(seen);
        order.sort(java.util.Comparator.<Integer>comparingInt(a -> -perNetwork.get(a & 0xFFFFFF00))
                .thenComparing((a, b) -> Integer.compareUnsigned(a, b)));
        for (int address : order) {
            map(address);
        }
    }

    /** The address's replacement (itself when kept); one noted late is placed now. */
    int map(int address) {
        if (kept(address)) {
            return address;
        }
        Integer known = mapped.get(address);
        if (known != null) {
            return known;
        }
        int replacement = place(address);
        mapped.put(address, replacement);
        taken.add(replacement);
        return replacement;
    }

    private int place(int address) {
        boolean isPrivate = isPrivate(address);
        int[] first = isPrivate ? PRIVATE_POOLS : PUBLIC_POOLS;
        int[] spill = isPrivate ? PUBLIC_POOLS : PRIVATE_POOLS;
        int host = address & 0xFF;
        for (int pool : first) {
            if (host >= 1 && host <= 254 && !taken.contains(pool | host)) {
                return pool | host;
            }
        }
        for (int[] pools : List.of(first, spill)) {
            for (int pool : pools) {
                for (int slot = 1; slot <= 254; slot++) {
                    if (!taken.contains(pool | slot)) {
                        return pool | slot;
                    }
                }
            }
        }
        throw new IllegalStateException("too many distinct IPv4 addresses to map into the documentation ranges (over 762)");
    }

    static boolean kept(int address) {
        int first = address >>> 24;
        return first == 0 || first == 127 || first >= 224 || isNetmask(address) || isDocumentation(address);
    }

    static boolean isDocumentation(int address) {
        int net = address & 0xFFFFFF00;
        return net == block(192, 0, 2) || net == block(198, 51, 100) || net == block(203, 0, 113);
    }

    /** Contiguous ones from the top, as 255.255.255.0 or 192.0.0.0 (a /2): a mask, not a host. */
    private static boolean isNetmask(int address) {
        int inverted = ~address;
        return address != 0 && (inverted & (inverted + 1)) == 0;
    }

    /** RFC 1918, carrier-grade NAT, link-local, benchmarking and IETF protocol space: the site's own side. */
    static boolean isPrivate(int address) {
        return in(address, 10, 0, 0, 8) || in(address, 172, 16, 0, 12) || in(address, 192, 168, 0, 16)
                || in(address, 100, 64, 0, 10) || in(address, 169, 254, 0, 16) || in(address, 198, 18, 0, 15)
                || in(address, 192, 0, 0, 24);
    }

    private static boolean in(int address, int a, int b, int c, int prefix) {
        int mask = -1 << (32 - prefix);
        return (address & mask) == (((a << 24) | (b << 16) | (c << 8)) & mask);
    }

    private static int block(int a, int b, int c) {
        return (a << 24) | (b << 16) | (c << 8);
    }

    /** A dotted quad's value, or -1 when a part is over 255 or has a leading zero (a version, not an address). */
    static long parse(String a, String b, String c, String d) {
        long value = 0;
        for (String part : new String[] {a, b, c, d}) {
            if (part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return -1;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return -1;
            }
            value = value << 8 | octet;
        }
        return value;
    }

    static String format(int address, char separator) {
        return (address >>> 24) + String.valueOf(separator) + ((address >>> 16) & 0xFF) + separator
                + ((address >>> 8) & 0xFF) + separator + (address & 0xFF);
    }
}
