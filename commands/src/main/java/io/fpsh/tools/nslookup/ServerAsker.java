package io.fpsh.tools.nslookup;

import io.fpsh.net.dns.DnsExchange;
import io.fpsh.net.dns.IpLiteral;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;

/**
 * BIND's dighost retry loop, shared by nslookup and dig: each server in turn, {@code tries} tries each, a line per
 * failed try (in the dialect's words), SERVFAIL moving on to the next server. Every other reply is final.
 */
final class ServerAsker {

    /** The servers to ask and the label nslookup shows for them ("Server:"); a null label means each IP. */
    record Servers(List<InetAddress> addresses, String label, int port) {}

    /** The settling reply; {@code badPacket} is set (and {@code message} null) when it did not parse. */
    record ServerReply(Message message, InetAddress server, DnsExchange.Outcome.BadPacket badPacket) {
        ServerReply(Message message, InetAddress server) {
            this(message, server, null);
        }
    }

    private final DnsExchange exchange;
    private final BindDialect dialect;
    private final Servers servers;
    private final Duration timeout;
    private final int tries;
    private final PrintStream out;
    private final boolean comments;
    private final boolean bestEffort;
    private InetSocketAddress lastTried;

    /** {@code comments}: whether the ";; Got SERVFAIL reply" comments are printed (nslookup yes, dig +short no). */
    ServerAsker(DnsExchange exchange, BindDialect dialect, Servers servers, Duration timeout, int tries,
                PrintStream out, boolean comments) {
        this(exchange, dialect, servers, timeout, tries, out, comments, false);
    }

    /** {@code bestEffort}: dig's parsing, which takes a reply cut short for what its header says (nslookup does not). */
    ServerAsker(DnsExchange exchange, BindDialect dialect, Servers servers, Duration timeout, int tries,
                PrintStream out, boolean comments, boolean bestEffort) {
        this.bestEffort = bestEffort;
        this.comments = comments;
        this.exchange = exchange;
        this.dialect = dialect;
        this.servers = servers;
        this.timeout = timeout;
        this.tries = Math.max(1, tries);
        this.out = out;
    }

    Servers servers() { return servers; }

    /** The server endpoint asked last, null before the first query. */
    InetSocketAddress lastTried() { return lastTried; }

    /** The reply that settles the query, or empty when no server could be reached at all. */
    Optional<ServerReply> ask(Name name, int type) throws InterruptedException {
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        List<InetAddress> list = servers.addresses();
        for (int s = 0; s < list.size(); s++) {
            InetAddress server = list.get(s);
            lastTried = new InetSocketAddress(server, servers.port());
            for (int attempt = 0; attempt < tries; attempt++) {
                // dighost's warnings about ignored packets are printed as they come, +short or not
                DnsExchange.Outcome outcome = exchange.exchange(query, server, servers.port(), timeout, out::println);
                Optional<Message> recovered = outcome instanceof DnsExchange.Outcome.BadPacket bad && bestEffort
                        ? TruncatedReply.headerOnly(bad) : Optional.empty();
                if (recovered.isPresent()) {
                    out.println(";; Warning: Message parser reports malformed message packet.");
                    outcome = new DnsExchange.Outcome.Reply(recovered.get());
                }
                if (outcome instanceof DnsExchange.Outcome.BadPacket bad) {
                    out.println(";; Got bad packet: " + bad.reason());
                    out.print(BindHexDump.of(bad.packet()));
                    return Optional.of(new ServerReply(null, server, bad));
                }
                if (outcome instanceof DnsExchange.Outcome.Reply reply) {
                    Message message = reply.message();
                    if (message.getRcode() != Rcode.SERVFAIL) return Optional.of(new ServerReply(message, server));
                    boolean lastServer = s + 1 == list.size();
                    if (comments) out.println(";; Got SERVFAIL reply from " + IpLiteral.format(server)
                            + (lastServer ? "" : ", trying next server"));
                    if (lastServer) return Optional.of(new ServerReply(message, server));
                    break;
                }
                failedTryLine(outcome, server).ifPresent(out::println);
            }
        }
        return Optional.empty();
    }

    private Optional<String> failedTryLine(DnsExchange.Outcome outcome, InetAddress server) {
        if (outcome instanceof DnsExchange.Outcome.TimedOut) return dialect.tryTimedOut(server, servers.port());
        if (outcome instanceof DnsExchange.Outcome.ConnectionRefused) return dialect.tryRefused(server, servers.port());
        if (outcome instanceof DnsExchange.Outcome.Failed failed) {
            return dialect.tryFailed(server, servers.port(), failed.reason());
        }
        return Optional.empty();
    }
}
