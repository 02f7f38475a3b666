package io.fpsh.net.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Turns one query into the reply a recursive resolver in front of the lab zone would give: RA set, AA clear,
 * CNAME chains followed inside the answer, NXDOMAIN and NODATA with an SOA in AUTHORITY, public names answered when
 * the zone says so. Knows nothing of sockets.
 */
final class DnsResponder {

    /** A reply to send after {@code delay}. */
    record Reply(Message message, Duration delay) {
    }

    private static final int MAX_CNAME_HOPS = 8;
    private static final int EDNS_PAYLOAD = 1232;

    private final DnsZone zone;
    private final DnsBehaviour serverBehaviour;
    private final Duration serverDelay;

    DnsResponder(DnsZone zone, DnsBehaviour serverBehaviour, Duration serverDelay) {
        this.zone = zone;
        this.serverBehaviour = serverBehaviour;
        this.serverDelay = serverDelay == null ? Duration.ZERO : serverDelay;
    }

    /** The reply to a parsed query, or empty when the server stays silent. */
    Optional<Reply> respond(Message query) {
        Header header = query.getHeader();
        if (header.getFlag(Flags.QR)) {
            return Optional.empty(); // a stray response, never answer it (avoids reply loops)
        }
        Record question = query.getQuestion();
        Optional<DnsEntry> entry = question == null ? Optional.empty() : zone.lookup(question.getName());
        DnsBehaviour behaviour = entry.map(DnsEntry::behaviour).orElse(null);
        behaviour = behaviour == null ? serverBehaviour : behaviour;
        if (behaviour == DnsBehaviour.SILENT) {
            return Optional.empty();
        }
        Duration delay = entry.map(DnsEntry::delay).orElse(null);
        delay = delay == null ? serverDelay : delay;

        Message reply = replyTo(query);
        if (header.getOpcode() != Opcode.QUERY) {
            reply.getHeader().setRcode(Rcode.NOTIMP);
        } else if (question == null) {
            reply.getHeader().setRcode(Rcode.FORMERR);
        } else if (behaviour == DnsBehaviour.SERVFAIL) {
            reply.getHeader().setRcode(Rcode.SERVFAIL);
        } else if (behaviour == DnsBehaviour.REFUSED) {
            reply.getHeader().setRcode(Rcode.REFUSED);
        } else {
            answer(reply, question);
        }
        return Optional.of(new Reply(reply, delay));
    }

    /** The reply to bytes that did not parse: FORMERR when the header at least is there, else nothing. */
    static Optional<byte[]> formatError(byte[] packet, int length) {
        if (length < Header.LENGTH) {
            return Optional.empty();
        }
        boolean isResponse = (packet[2] & 0x80) != 0;
        if (isResponse) {
            return Optional.empty();
        }
        int id = (packet[0] & 0xFF) << 8 | (packet[1] & 0xFF);
        Message reply = new Message(id);
        reply.getHeader().setFlag(Flags.QR);
        reply.getHeader().setFlag(Flags.RA);
        reply.getHeader().setRcode(Rcode.FORMERR);
        return Optional.of(reply.toWire());
    }

    /** The largest reply the client accepts over UDP. */
    static int maxReplySize(Message query) {
        OPTRecord opt = query.getOPT();
        return opt == null ? 512 : Math.max(512, opt.getPayloadSize());
    }

    private static Message replyTo(Message query) {
        Message reply = new Message(query.getHeader().getID());
        Header header = reply.getHeader();
        header.setFlag(Flags.QR);
        header.setFlag(Flags.RA);
        if (query.getHeader().getFlag(Flags.RD)) {
            header.setFlag(Flags.RD);
        }
        header.setOpcode(query.getHeader().getOpcode());
        if (query.getQuestion() != null) {
            reply.addRecord(query.getQuestion(), Section.QUESTION);
        }
        if (query.getOPT() != null) {
            reply.addRecord(new OPTRecord(EDNS_PAYLOAD, 0, 0), Section.ADDITIONAL);
        }
        return reply;
    }

    private void answer(Message reply, Record question) {
        int type = question.getType();
        Name current = question.getName();
        Set<Name> seen = new HashSet<>();
        for (int hop = 0; hop <= MAX_CNAME_HOPS && seen.add(current); hop++) {
            Optional<DnsEntry> entry = zone.lookup(current);
            if (entry.isEmpty() || entry.get().behaviour() == DnsBehaviour.NXDOMAIN) {
                reply.getHeader().setRcode(Rcode.NXDOMAIN);
                reply.addRecord(soaFor(current), Section.AUTHORITY);
                return;
            }
            DnsEntry data = entry.get();
            if (data.cname() != null) {
                Name target = absolute(data.cname());
                reply.addRecord(new CNAMERecord(current, DClass.IN, ttl(), target), Section.ANSWER);
                if (type == Type.CNAME) {
                    return;
                }
                current = target;
                continue;
            }
            if (!addRecords(reply, current, data, type)) {
                reply.addRecord(soaFor(current), Section.AUTHORITY); // NODATA: the name exists, not this type
            }
            return;
        }
        reply.getHeader().setRcode(Rcode.SERVFAIL); // CNAME loop or too long a chain, as a resolver gives up
    }

    private boolean addRecords(Message reply, Name name, DnsEntry data, int type) {
        int before = reply.getSection(Section.ANSWER).size();
        if (type == Type.A || type == Type.ANY) {
            for (String address : data.a()) {
                reply.addRecord(new ARecord(name, DClass.IN, ttl(), literal(address, Address.IPv4)), Section.ANSWER);
            }
        }
        if (type == Type.AAAA || type == Type.ANY) {
            for (String address : data.aaaa()) {
                reply.addRecord(new AAAARecord(name, DClass.IN, ttl(), literal(address, Address.IPv6)), Section.ANSWER);
            }
        }
        if (type == Type.PTR || type == Type.ANY) {
            for (String host : data.ptr()) {
                reply.addRecord(new PTRRecord(name, DClass.IN, ttl(), absolute(host)), Section.ANSWER);
            }
        }
        return reply.getSection(Section.ANSWER).size() > before;
    }

    /**
     * The SOA of the zone a resolver would name: the last two labels of a forward name (cisco.com.), the /24
     * zone of an IPv4 reverse name.
     */
    private SOARecord soaFor(Name name) {
        String text = name.toString();
        int keep = text.toLowerCase(java.util.Locale.ROOT).endsWith(".in-addr.arpa.") ? 5 : 2;
        int labels = name.labels() - 1; // without the root label
        Name apex = labels <= keep ? name : new Name(name, labels - keep);
        try {
            Name primary = Name.concatenate(Name.fromString("ns1"), apex);
            Name admin = Name.concatenate(Name.fromString("hostmaster"), apex);
            long minimum = ttl();
            return new SOARecord(apex, DClass.IN, minimum, primary, admin, 2024010101L, 3600, 900, 604800, minimum);
        } catch (org.xbill.DNS.NameTooLongException | TextParseException e) {
            throw new IllegalStateException("cannot build the SOA of " + name, e);
        }
    }

    private long ttl() {
        return zone.ttl().toSeconds();
    }

    private static Name absolute(String host) {
        try {
            return Name.fromString(host, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("bad host name '" + host + "' in DNS zone", e);
        }
    }

    private static InetAddress literal(String address, int family) {
        // dnsjava's Address parses literals only: a host name here never turns into a real DNS lookup.
        try {
            return Address.getByAddress(address, family);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address '" + address + "' in DNS zone", e);
        }
    }
}
