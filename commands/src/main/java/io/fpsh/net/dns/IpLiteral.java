package io.fpsh.net.dns;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.xbill.DNS.Address;

/** IP address literals, parsed and printed without ever asking DNS (InetAddress.getByName would). */
public final class IpLiteral {

    private IpLiteral() {}

    /** The address written as {@code text}, or empty when it is not an IPv4/IPv6 literal. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null || text.isEmpty()) return Optional.empty();
        byte[] bytes = Address.toByteArray(text, Address.IPv4);
        if (bytes == null && text.indexOf(':') >= 0) bytes = Address.toByteArray(text, Address.IPv6);
        if (bytes == null) return Optional.empty();
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty(); // unreachable: the length is always 4 or 16
        }
    }

    /** The address as inet_ntop prints it: dotted quad, or RFC 5952 compressed IPv6. */
    public static String format(InetAddress address) {
        if (address instanceof Inet4Address) return address.getHostAddress();
        return formatIpv6(address.getAddress());
    }

    private static String formatIpv6(byte[] bytes) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) words[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) { i++; continue; }
            int start = i;
            while (i < 8 && words[i] == 0) i++;
            if (i - start > bestLength) { bestStart = start; bestLength = i - start; }
        }
        if (bestLength < 2) bestStart = -1; // a lone zero group is written out, as inet_ntop does
        boolean embedsIpv4 = bestStart == 0 && (bestLength == 6 || (bestLength == 5 && words[5] == 0xffff));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append(':');
                i += bestLength - 1;
                if (i == 7) text.append(':');
                continue;
            }
            if (i > 0) text.append(':');
            if (i == 6 && embedsIpv4) {
                text.append(bytes[12] & 0xff).append('.').append(bytes[13] & 0xff).append('.')
                        .append(bytes[14] & 0xff).append('.').append(bytes[15] & 0xff);
                break;
            }
            text.append(Integer.toHexString(words[i]));
        }
        return text.toString();
    }
}
