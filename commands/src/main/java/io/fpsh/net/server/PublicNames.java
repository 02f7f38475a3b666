package io.fpsh.net.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

import org.xbill.DNS.Name;

/**
 * The rest of the Internet, as a lab resolver answers for it: a name the lab does not define gets one A record in
 * 203.0.113.0/24 (TEST-NET-3, RFC 5737: for documentation only, never routed, and used by no shipped lab), picked
 * by the CRC-32 of the lower-case name, so a name gets the same address in every run and on every lab. Names that
 * cannot exist on the Internet stay NXDOMAIN: single labels, reverse names (all of .arpa) and the special-use
 * domains (RFC 6761 test, invalid, localhost, example; RFC 6762 local; RFC 7686 onion; ICANN's internal).
 */
public final class PublicNames {

    /** 203.0.113.0/24; its network and broadcast addresses are never given out. */
    private static final byte[] PREFIX = {(byte) 203, 0, 113};
    private static final Set<String> NEVER_PUBLIC = Set.of("test", "invalid", "localhost", "example", "local", "onion",
            "internal", "arpa");

    private PublicNames() {}

    /** The public address of {@code name} (absolute), or empty when the name does not exist. */
    public static Optional<InetAddress> addressOf(Name name) {
        String text = name.toString(true).toLowerCase(Locale.ROOT);
        int lastDot = text.lastIndexOf('.');
        if (lastDot <= 0 || NEVER_PUBLIC.contains(text.substring(lastDot + 1))) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.US_ASCII));
        int host = 1 + (int) (crc.getValue() % 254); // 1..254: never the network or broadcast address
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] {PREFIX[0], PREFIX[1], PREFIX[2], (byte) host}));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
