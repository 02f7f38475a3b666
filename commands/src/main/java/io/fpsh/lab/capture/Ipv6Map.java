package io.fpsh.lab.capture;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * IPv6 addresses into 2001:db8::/32 (RFC 3849). Each /64 of the original becomes one 2001:db8:0:N::/64, so hosts that
 * shared a network still do; the interface identifier is replaced whole (an EUI-64 one holds the MAC). Kept: the
 * unspecified and loopback addresses, multicast, and addresses already in 2001:db8::/32.
 */
final class Ipv6Map {
    private static final BigInteger DOCUMENTATION = new BigInteger("20010db8", 16).shiftLeft(96);

    private final Set<BigInteger> seen = new TreeSet<>();
    private final Set<BigInteger> taken = new HashSet<>();
    private final Map<BigInteger, BigInteger> mapped = new HashMap<>();
    private final Map<BigInteger, Integer> networks = new HashMap<>();
    private final Map<BigInteger, Integer> hostsPerNetwork = new HashMap<>();

    void note(BigInteger address) {
        if (kept(address)) {
            taken.add(address);
        } else {
            seen.add(address);
        }
    }

    void allocate() {
        for (BigInteger address : seen) {
            map(address);
        }
    }

    BigInteger map(BigInteger address) {
        if (kept(address)) {
            return address;
        }
        BigInteger known = mapped.get(address);
        if (known != null) {
            return known;
        }
        BigInteger network = address.shiftRight(64);
        int index = networks.computeIfAbsent(network, n -> networks.size() + 1);
        BigInteger replacement;
        do {
            int host = hostsPerNetwork.merge(network, 1, Integer::sum);
            replacement = DOCUMENTATION.or(BigInteger.valueOf(index).shiftLeft(64)).or(BigInteger.valueOf(host));
        } while (taken.contains(replacement));
        mapped.put(address, replacement);
        taken.add(replacement);
        return replacement;
    }

    static boolean kept(BigInteger address) {
        return address.bitLength() <= 1                              // :: and ::1
                || address.shiftRight(120).intValue() == 0xFF       // multicast
                || address.shiftRight(96).equals(DOCUMENTATION.shiftRight(96));
    }

    /** The address's value, or null when {@code text} is not an IPv6 literal (a time, a MAC, C++'s {@code ::}). */
    static BigInteger parse(String text) {
        int gap = text.indexOf("::");
        if (gap != text.lastIndexOf("::") || text.contains(":::")) {
            return null;
        }
        String[] head = gap < 0 ? text.split(":", -1) : split(text.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : split(text.substring(gap + 2));
        BigInteger value = BigInteger.ZERO;
        int groups = 0;
        BigInteger tailValue = BigInteger.ZERO;
        int tailGroups = 0;
        for (int side = 0; side < 2; side++) {
            String[] parts = side == 0 ? head : tail;
            BigInteger acc = BigInteger.ZERO;
            int count = 0;
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                boolean last = i == parts.length - 1 && (side == 1 || gap < 0);
                if (last && part.contains(".")) {
                    long v4 = dottedQuad(part);
                    if (v4 < 0) {
                        return null;
                    }
                    acc = acc.shiftLeft(32).or(BigInteger.valueOf(v4));
                    count += 2;
                } else {
                    if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                        return null;
                    }
                    acc = acc.shiftLeft(16).or(BigInteger.valueOf(Integer.parseInt(part, 16)));
                    count++;
                }
            }
            if (side == 0) {
                value = acc;
                groups = count;
            } else {
                tailValue = acc;
                tailGroups = count;
            }
        }
        int total = groups + tailGroups;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        return value.shiftLeft(16 * (8 - groups)).or(tailValue);
    }

    private static String[] split(String side) {
        return side.isEmpty() ? new String[0] : side.split(":", -1);
    }

    private static long dottedQuad(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        for (String part : parts) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isDigit)) {
                return -1;
            }
        }
        return Ipv4Map.parse(parts[0], parts[1], parts[2], parts[3]);
    }

    /** RFC 5952's text: lower case, the longest run of two or more zero groups shown as {@code ::}. */
    static String format(BigInteger address) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = address.shiftRight(16 * (7 - i)).intValue() & 0xFFFF;
        }
        return io.fpsh.net.Ipv6Text.of(groups);
    }
}
