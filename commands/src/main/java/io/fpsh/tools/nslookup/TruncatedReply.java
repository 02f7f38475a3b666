package io.fpsh.tools.nslookup;

import io.fpsh.net.dns.DnsExchange;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.xbill.DNS.Message;

/**
 * dig parses "best effort": a reply that ends too early is still a reply (BIND's DNS_R_RECOVERABLE). fpsh keeps
 * its header (ID, flags, rcode) and none of its records, which is what +short shows of it when the cut falls in
 * the answer section.
 */
final class TruncatedReply {

    private static final int HEADER_LENGTH = 12;

    private TruncatedReply() {}

    static Optional<Message> headerOnly(DnsExchange.Outcome.BadPacket bad) {
        if (!bad.reason().equals("unexpected end of input")) return Optional.empty();
        try {
            byte[] header = Arrays.copyOf(bad.packet(), HEADER_LENGTH);
            Arrays.fill(header, 4, HEADER_LENGTH, (byte) 0); // the section counts: no records are kept
            return Optional.of(new Message(header));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
