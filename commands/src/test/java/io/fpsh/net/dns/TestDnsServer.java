package io.fpsh.net.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A tiny authoritative UDP DNS server on 127.0.0.1 for tests only (the lab's real server lives elsewhere).
 * Names can answer records, follow CNAMEs, fail with a forced rcode, or stay silent.
 */
public final class TestDnsServer implements AutoCloseable {

    private static final long TTL = 300;

    private final DatagramSocket socket;
    private final Map<Name, List<Record>> records = new ConcurrentHashMap<>();
    private final Map<Name, Integer> forcedRcodes = new ConcurrentHashMap<>();
    private final Set<Name> silentNames = ConcurrentHashMap.newKeySet();
    private final List<String> queryLog = new CopyOnWriteArrayList<>();
    private final AtomicInteger queryCount = new AtomicInteger();
    private volatile boolean silentForAll;
    private volatile boolean authoritative = true;
    private final Thread loop;

    private TestDnsServer(DatagramSocket socket) {
        this.socket = socket;
        this.loop = new Thread(this::serve, "test-dns-" + socket.getLocalPort());
        loop.setDaemon(true);
        loop.start();
    }

    public static TestDnsServer start() throws SocketException {
        return new TestDnsServer(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
    }

    /** A server on a fixed endpoint, e.g. 127.0.0.53:53 inside a test network namespace. */
    public static TestDnsServer startOn(InetSocketAddress endpoint) throws SocketException {
        return new TestDnsServer(new DatagramSocket(endpoint));
    }

    public int port() { return socket.getLocalPort(); }

    public InetSocketAddress endpoint() { return new InetSocketAddress(InetAddress.getLoopbackAddress(), port()); }

    public int queryCount() { return queryCount.get(); }

    /** "name/TYPE" of every query received, in order. */
    public List<String> queryLog() { return List.copyOf(queryLog); }

    public TestDnsServer a(String name, String... ips) {
        for (String ip : ips) add(new ARecord(name(name), DClass.IN, TTL, ip(ip)));
        return this;
    }

    public TestDnsServer aaaa(String name, String... ips) {
        for (String ip : ips) add(new AAAARecord(name(name), DClass.IN, TTL, ip(ip)));
        return this;
    }

    public TestDnsServer cname(String alias, String target) {
        add(new CNAMERecord(name(alias), DClass.IN, TTL, name(target)));
        return this;
    }

    public TestDnsServer ptr(String ip, String target) {
        add(new PTRRecord(ReverseMap.fromAddress(ip(ip)), DClass.IN, TTL, name(target)));
        return this;
    }

    /** Any record given as owner, type and rdata text, e.g. ("lab.test", "MX", "10 mail.lab.test."). */
    public TestDnsServer record(String owner, String type, String rdata) {
        try {
            add(Record.fromString(name(owner), Type.value(type), DClass.IN, TTL, rdata, Name.root));
        } catch (IOException e) {
            throw new IllegalArgumentException(rdata, e);
        }
        return this;
    }

    public TestDnsServer rcode(String name, int rcode) {
        forcedRcodes.put(name(name), rcode);
        return this;
    }

    public TestDnsServer silent(String name) {
        silentNames.add(name(name));
        return this;
    }

    public TestDnsServer silentForAll(boolean silent) {
        this.silentForAll = silent;
        return this;
    }

    /** dnsmasq sets AA on its own records; a caching forwarder does not. */
    public TestDnsServer authoritative(boolean aa) {
        this.authoritative = aa;
        return this;
    }

    @Override
    public void close() {
        socket.close();
    }

    private void add(Record record) {
        records.computeIfAbsent(record.getName(), n -> new CopyOnWriteArrayList<>()).add(record);
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                byte[] reply = answer(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                if (reply != null) socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
            } catch (IOException e) {
                // closed socket or a malformed query: the loop condition decides whether to go on
            }
        }
    }

    private byte[] answer(byte[] wire) throws IOException {
        Message query = new Message(wire);
        Record question = query.getQuestion();
        queryCount.incrementAndGet();
        queryLog.add(question.getName() + "/" + Type.string(question.getType()));
        if (silentForAll || silentNames.contains(question.getName())) return null;

        Message reply = new Message(query.getHeader().getID());
        reply.getHeader().setFlag(Flags.QR);
        if (query.getHeader().getFlag(Flags.RD)) reply.getHeader().setFlag(Flags.RD);
        reply.getHeader().setFlag(Flags.RA);
        reply.addRecord(question, Section.QUESTION);
        if (query.getOPT() != null) reply.addRecord(new OPTRecord(1232, 0, 0), Section.ADDITIONAL);

        Integer forced = forcedRcodes.get(question.getName());
        if (forced != null) {
            reply.getHeader().setRcode(forced);
            return reply.toWire();
        }
        if (authoritative) reply.getHeader().setFlag(Flags.AA);
        fillAnswer(reply, question.getName(), question.getType());
        return reply.toWire();
    }

    private void fillAnswer(Message reply, Name qname, int qtype) {
        Name current = qname;
        for (int hops = 0; hops < 8; hops++) {
            List<Record> here = records.getOrDefault(current, List.of());
            if (here.isEmpty()) {
                if (hops == 0) reply.getHeader().setRcode(Rcode.NXDOMAIN);
                return;
            }
            List<Record> wanted = new ArrayList<>();
            Name next = null;
            for (Record r : here) {
                if (r.getType() == qtype || qtype == Type.ANY) wanted.add(r);
                else if (r instanceof CNAMERecord c) next = c.getTarget();
            }
            if (!wanted.isEmpty() || next == null) {
                wanted.forEach(r -> reply.addRecord(r, Section.ANSWER));
                return;
            }
            reply.addRecord(here.stream().filter(r -> r.getType() == Type.CNAME).findFirst().orElseThrow(),
                    Section.ANSWER);
            current = next;
        }
    }

    private static Name name(String text) {
        try {
            return Name.fromString(text.endsWith(".") ? text : text + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: never a lookup
        } catch (IOException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
