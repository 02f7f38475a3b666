package io.fpsh.tools.nslookup;

import io.fpsh.net.dns.DnsExchange;
import io.fpsh.net.dns.IpLiteral;
import io.fpsh.tools.nslookup.NslookupResult.Outcome;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * One non-interactive nslookup lookup as BIND 9.18 runs it: the first query (A, the -type, or PTR for an address)
 * over the search candidates, each asked of every server in turn with {@code tries} tries each; in default mode a
 * found A answer queues the AAAA query for the CNAME-chased name. Prints as it goes, like nslookup.
 */
final class LookupRun {

    /** The server list with the label nslookup shows for it ("Server:" line); a null label means each IP. */
    record Servers(List<InetAddress> addresses, String label, int port) {}

    private record Query(List<Name> candidates, int type, String textName) {}

    private record ServerReply(Message message, InetAddress server) {}

    private final DnsExchange exchange;
    private final BindDialect dialect;
    private final Servers servers;
    private final Duration timeout;
    private final int tries;
    private final boolean defaultLookups;
    private final PrintStream out;

    private final Deque<Query> queue = new ArrayDeque<>();
    private final List<InetAddress> addresses = new ArrayList<>();
    private final List<LookupAnswer> answers = new ArrayList<>();
    private boolean aQueryHadNoAnswer;
    private Outcome failure;
    private InetSocketAddress lastServer;
    private String lastServerLabel;

    LookupRun(DnsExchange exchange, BindDialect dialect, Servers servers, Duration timeout, int tries,
              boolean defaultLookups, PrintStream out) {
        this.exchange = exchange;
        this.dialect = dialect;
        this.servers = servers;
        this.timeout = timeout;
        this.tries = tries;
        this.defaultLookups = defaultLookups;
        this.out = out;
    }

    NslookupResult run(String typedName, List<Name> candidates, int firstType) throws InterruptedException {
        queue.add(new Query(candidates, firstType, typedName));
        while (!queue.isEmpty()) runQuery(queue.poll());
        out.println(); // nslookup ends every non-interactive run with a blank line
        Outcome outcome = failure != null ? failure : answers.isEmpty() ? Outcome.NO_ANSWER : Outcome.FOUND;
        return new NslookupResult(lastServerLabel, lastServer, typedName, addresses, answers, outcome,
                failure != null ? 1 : 0);
    }

    private void runQuery(Query query) throws InterruptedException {
        for (int i = 0; i < query.candidates().size(); i++) {
            Name name = query.candidates().get(i);
            Optional<ServerReply> reply = ask(name, query.type());
            if (reply.isEmpty()) {
                out.println(dialect.noServersReached());
                fail(Outcome.NO_SERVERS);
                return;
            }
            boolean moreCandidates = i + 1 < query.candidates().size();
            if (reply.get().message().getRcode() == Rcode.NXDOMAIN && moreCandidates) continue;
            print(reply.get(), name, query);
            return;
        }
    }

    /** Asks each server in turn; empty when no server could be reached at all. */
    private Optional<ServerReply> ask(Name name, int type) throws InterruptedException {
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        List<InetAddress> list = servers.addresses();
        for (int s = 0; s < list.size(); s++) {
            InetAddress server = list.get(s);
            lastServer = new InetSocketAddress(server, servers.port());
            for (int attempt = 0; attempt < tries; attempt++) {
                DnsExchange.Outcome outcome = exchange.exchange(query, server, servers.port(), timeout);
                if (outcome instanceof DnsExchange.Outcome.Reply reply) {
                    Message message = reply.message();
                    if (message.getRcode() != Rcode.SERVFAIL) return Optional.of(new ServerReply(message, server));
                    boolean lastOne = s + 1 == list.size();
                    out.println(";; Got SERVFAIL reply from " + IpLiteral.format(server)
                            + (lastOne ? "" : ", trying next server"));
                    if (lastOne) return Optional.of(new ServerReply(message, server));
                    break;
                }
                tryFailedLine(outcome, server).ifPresent(out::println);
            }
        }
        return Optional.empty();
    }

    private Optional<String> tryFailedLine(DnsExchange.Outcome outcome, InetAddress server) {
        if (outcome instanceof DnsExchange.Outcome.TimedOut) return dialect.tryTimedOut(server, servers.port());
        if (outcome instanceof DnsExchange.Outcome.ConnectionRefused) return dialect.tryRefused(server, servers.port());
        if (outcome instanceof DnsExchange.Outcome.Failed failed) {
            return dialect.tryFailed(server, servers.port(), failed.reason());
        }
        return Optional.empty();
    }

    private void print(ServerReply reply, Name name, Query query) {
        Message message = reply.message();
        int type = query.type();
        if (!defaultLookups || type == Type.A) {
            lastServerLabel = servers.label() != null ? servers.label() : IpLiteral.format(reply.server());
            out.println("Server:\t\t" + lastServerLabel);
            out.println("Address:\t" + BindDialect.endpoint(reply.server(), servers.port()));
            out.println();
        }
        int rcode = message.getRcode();
        if (rcode != Rcode.NOERROR) {
            out.println("** server can't find " + RecordText.name(name) + ": " + Rcode.string(rcode));
            fail(switch (rcode) {
                case Rcode.NXDOMAIN -> Outcome.NXDOMAIN;
                case Rcode.SERVFAIL -> Outcome.SERVFAIL;
                case Rcode.REFUSED -> Outcome.REFUSED;
                default -> Outcome.OTHER_RCODE;
            });
            return;
        }
        if (defaultLookups && type == Type.A) {
            Name chased = chaseCnames(message, name);
            queue.add(new Query(List.of(chased), Type.AAAA, RecordText.name(chased)));
        }
        boolean authoritative = message.getHeader().getFlag(Flags.AA);
        if (!authoritative && (!defaultLookups || type == Type.A)) out.println("Non-authoritative answer:");
        List<Record> answerSection = message.getSection(Section.ANSWER);
        if (!answerSection.isEmpty()) {
            printSection(answerSection, true);
        } else if (defaultLookups && type == Type.A) {
            aQueryHadNoAnswer = true; // said once, after the AAAA query, if that finds nothing either
        } else if (!defaultLookups || (type == Type.AAAA && aQueryHadNoAnswer)) {
            out.println("*** Can't find " + query.textName() + ": No answer");
        }
        if (!authoritative && type != Type.A && type != Type.AAAA) {
            out.println();
            out.println("Authoritative answers can be found from:");
            printSection(message.getSection(Section.AUTHORITY), false);
            printSection(message.getSection(Section.ADDITIONAL), false);
        }
    }

    private void printSection(List<Record> records, boolean answerSection) {
        for (Record record : records) {
            if (record.getType() == Type.OPT) continue;
            out.print(RecordText.nslookup(record, answerSection));
            if (!answerSection) continue;
            answers.add(new LookupAnswer(RecordText.name(record.getName()), Type.string(record.getType()),
                    RecordText.rdata(record)));
            if (record instanceof ARecord a) addresses.add(a.getAddress());
            else if (record instanceof AAAARecord aaaa) addresses.add(aaaa.getAddress());
        }
    }

    private static Name chaseCnames(Message message, Name name) {
        Name current = name;
        for (int hops = 0; hops < 16; hops++) {
            Name next = null;
            for (Record record : message.getSection(Section.ANSWER)) {
                if (record instanceof CNAMERecord cname && cname.getName().equals(current)) next = cname.getTarget();
            }
            if (next == null) break;
            current = next;
        }
        return current;
    }

    private void fail(Outcome outcome) {
        if (failure == null) failure = outcome;
    }
}
