package io.fpsh.tools.curl;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Addresses the way curl prints them: IPv6 in the compressed RFC 5952 form ("2001:db8::41"), not Java's long form. */
final class IpText {

    private IpText() {}

    static String of(InetAddress address) {
        if (!(address instanceof Inet6Address)) return address.getHostAddress();
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        return io.fpsh.net.Ipv6Text.of(groups);
    }
}
