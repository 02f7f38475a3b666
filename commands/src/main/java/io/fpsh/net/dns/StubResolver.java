package io.fpsh.net.dns;

import io.fpsh.net.HostResolver;
import io.fpsh.net.VirtualNetwork;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The device's C-library resolver (glibc getaddrinfo with AF_UNSPEC, no /etc/hosts): A and AAAA sent together,
 * {@code attempts} rounds over the resolv.conf servers in order, {@code timeout} per server, the search list
 * applied by ndots. NXDOMAIN is final for a name; SERVFAIL/REFUSED move on to the next server.
 */
public final class StubResolver implements HostResolver {

    private static final int DNS_PORT = 53;

    private final ResolvConf conf;
    private final DnsExchange exchange;

    public StubResolver(ResolvConf conf, VirtualNetwork network) {
        this.conf = conf;
        this.exchange = new DnsExchange(network);
    }

    public ResolvConf conf() { return conf; }

    @Override
    public Resolution resolve(String host, Duration deadline) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + Math.max(0, deadline.toNanos());
        Optional<InetAddress> literal = IpLiteral.parse(host);
        if (literal.isPresent()) {
            return new Resolution(host, Outcome.RESOLVED, List.of(literal.get()), null, since(start));
        }
        if (conf.nameservers().isEmpty()) {
            return new Resolution(host, Outcome.SERVER_FAILURE, List.of(), null, since(start));
        }
        InetAddress lastServer = conf.nameservers().get(0);
        boolean serverFailed = false;
        for (Name candidate : candidates(host)) {
            NameAnswer answer = resolveName(candidate, end);
            lastServer = answer.server();
            switch (answer.outcome()) {
                case RESOLVED, TIMED_OUT -> {
                    return new Resolution(host, answer.outcome(), answer.addresses(), lastServer, since(start));
                }
                case SERVER_FAILURE -> serverFailed = true; // glibc keeps searching after SERVFAIL
                case NOT_FOUND -> { }
            }
        }
        Outcome failure = serverFailed ? Outcome.SERVER_FAILURE : Outcome.NOT_FOUND;
        return new Resolution(host, failure, List.of(), lastServer, since(start));
    }

    private record NameAnswer(Outcome outcome, List<InetAddress> addresses, InetAddress server) {}

    private NameAnswer resolveName(Name name, long end) throws InterruptedException {
        boolean serverFailed = false;
        InetAddress server = conf.nameservers().get(0);
        for (int attempt = 0; attempt < conf.attempts(); attempt++) {
            for (InetAddress candidateServer : conf.nameservers()) {
                server = candidateServer;
                long remaining = end - System.nanoTime();
                if (remaining <= 0) return new NameAnswer(Outcome.TIMED_OUT, List.of(), server);
                Duration tryTimeout = min(conf.timeout(), Duration.ofNanos(remaining));
                List<DnsExchange.Outcome> replies =
                        exchange.exchangeAll(List.of(query(name, Type.A), query(name, Type.AAAA)), server, DNS_PORT,
                                tryTimeout);
                Optional<NameAnswer> settled = settle(replies, server);
                if (settled.isPresent()) return settled.get();
                serverFailed |= replies.stream().anyMatch(r -> !(r instanceof DnsExchange.Outcome.TimedOut));
            }
        }
        return new NameAnswer(serverFailed ? Outcome.SERVER_FAILURE : Outcome.TIMED_OUT, List.of(), server);
    }

    /** The answer for the name if this server's replies decide it, empty when the next server must be asked. */
    private static Optional<NameAnswer> settle(List<DnsExchange.Outcome> replies, InetAddress server) {
        List<InetAddress> addresses = new ArrayList<>();
        int usable = 0;
        for (DnsExchange.Outcome reply : replies) {
            if (!(reply instanceof DnsExchange.Outcome.Reply answered)) continue;
            Message message = answered.message();
            int rcode = message.getRcode();
            if (rcode == Rcode.NXDOMAIN) return Optional.of(new NameAnswer(Outcome.NOT_FOUND, List.of(), server));
            if (rcode != Rcode.NOERROR) continue;
            usable++;
            for (Record record : message.getSection(Section.ANSWER)) {
                if (record instanceof ARecord a) addresses.add(a.getAddress());
                else if (record instanceof AAAARecord aaaa) addresses.add(aaaa.getAddress());
            }
        }
        if (!addresses.isEmpty()) return Optional.of(new NameAnswer(Outcome.RESOLVED, addresses, server));
        if (usable == replies.size()) return Optional.of(new NameAnswer(Outcome.NOT_FOUND, List.of(), server));
        return Optional.empty();
    }

    /** glibc's order: names with fewer than ndots dots try the search list first, others try it last. */
    private List<Name> candidates(String host) {
        List<Name> names = new ArrayList<>();
        if (host.endsWith(".")) {
            addName(names, host);
            return names;
        }
        long dots = host.chars().filter(c -> c == '.').count();
        boolean asIsFirst = dots >= conf.ndots();
        if (asIsFirst) addName(names, host + ".");
        for (String domain : conf.search()) addName(names, host + "." + domain + ".");
        if (!asIsFirst) addName(names, host + ".");
        return names;
    }

    private static void addName(List<Name> names, String text) {
        try {
            names.add(Name.fromString(text));
        } catch (TextParseException e) {
            // not a valid DNS name: glibc would not send it either
        }
    }

    private static Message query(Name name, int type) {
        return Message.newQuery(Record.newRecord(name, type, DClass.IN));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
