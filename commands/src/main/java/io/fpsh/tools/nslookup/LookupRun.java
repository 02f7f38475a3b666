package io.fpsh.tools.nslookup;

import io.fpsh.net.dns.IpLiteral;
import io.fpsh.tools.nslookup.NslookupResult.Outcome;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
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

    private record Query(List<Name> candidates, int type, String textName) {}

    private final ServerAsker asker;
    private final BindDialect dialect;
    private final boolean defaultLookups;
    private final PrintStream out;

    private final Deque<Query> queue = new ArrayDeque<>();
    private final List<InetAddress> addresses = new ArrayList<>();
    private final List<LookupAnswer> answers = new ArrayList<>();
    private boolean aQueryHadNoAnswer;
    private Outcome failure;
    private String lastServerLabel;

    LookupRun(ServerAsker asker, BindDialect dialect, boolean defaultLookups, PrintStream out) {
        this.asker = asker;
        this.dialect = dialect;
        this.defaultLookups = defaultLookups;
        this.out = out;
    }

    NslookupResult run(String typedName, List<Name> candidates, int firstType) throws InterruptedException {
        queue.add(new Query(candidates, firstType, typedName));
        while (!queue.isEmpty()) runQuery(queue.poll());
        out.println(); // nslookup ends every non-interactive run with a blank line
        Outcome outcome = failure != null ? failure : answers.isEmpty() ? Outcome.NO_ANSWER : Outcome.FOUND;
        return new NslookupResult(lastServerLabel, asker.lastTried(), typedName, addresses, answers, outcome,
                failure != null ? 1 : 0);
    }

    private void runQuery(Query query) throws InterruptedException {
        for (int i = 0; i < query.candidates().size(); i++) {
            Name name = query.candidates().get(i);
            Optional<ServerAsker.ServerReply> reply = asker.ask(name, query.type());
            if (reply.isEmpty()) {
                out.println(dialect.noServersReached());
                fail(Outcome.NO_SERVERS);
                return;
            }
            if (reply.get().badPacket() != null) {
                // BIND cancels the whole lookup: no AAAA query follows
                fail(Outcome.BAD_PACKET);
                queue.clear();
                return;
            }
            boolean moreCandidates = i + 1 < query.candidates().size();
            if (reply.get().message().getRcode() == Rcode.NXDOMAIN && moreCandidates) continue;
            print(reply.get(), name, query);
            return;
        }
    }

    private void print(ServerAsker.ServerReply reply, Name name, Query query) {
        Message message = reply.message();
        int type = query.type();
        ServerAsker.Servers servers = asker.servers();
        lastServerLabel = servers.label() != null ? servers.label() : IpLiteral.format(reply.server());
        if (!defaultLookups || type == Type.A) {
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
