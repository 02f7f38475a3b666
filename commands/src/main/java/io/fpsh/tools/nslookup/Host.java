package io.fpsh.tools.nslookup;

import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.dns.DnsExchange;
import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.dns.ResolvConf;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * BIND's {@code host [-t type] [-W wait] [-R retries] [-p port] name [server]}: one line per answer record ("has
 * address", "is an alias for", "mail is handled by"...), {@code Host x not found: 3(NXDOMAIN)} for a failed name,
 * and for a name without {@code -t} the A, then AAAA and MX lookups of its canonical name, as host.c chains them.
 * Compared with the real BIND 9.18 host by HostDifferentialTest.
 */
public final class Host {

    static final int EXIT_FAILED = 1;

    private final ResolvConf conf;
    private final DnsExchange exchange;
    private final BindDialect dialect;
    private final String bindVersion;

    public Host(ResolvConf conf, VirtualNetwork network, String bindVersion) {
        this.bindVersion = bindVersion;
        this.conf = conf;
        this.exchange = new DnsExchange(network);
        this.dialect = BindDialect.forVersion(bindVersion);
    }

    /** Runs {@code host ARGS} (the words after "host") and returns its exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        return ToolRun.guarded("host", out, err, () -> runOrFail(args, out, err));
    }

    private int runOrFail(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        HostRequest request = HostRequest.parse(args);
        if (request.version()) {
            err.println("host " + bindVersion); // on stderr, as the real one
            return 0;
        }
        if (request.usage()) {
            err.print(HostRequest.USAGE);
            return EXIT_FAILED;
        }
        if (request.problem() != null) {
            err.println("host: " + request.problem());
            return EXIT_FAILED;
        }
        Optional<Name> name = request.queryName();
        if (name.isEmpty()) {
            err.println("host: '" + request.name() + "' is not a legal name (unexpected end of input)");
            return EXIT_FAILED;
        }
        List<InetAddress> servers = conf.nameservers();
        if (request.server() != null) {
            Optional<InetAddress> literal = IpLiteral.parse(request.server());
            if (literal.isEmpty()) {
                // [UNVERIFIED] dighost's words for a server name it cannot resolve; names are not looked up here
                err.println("host: couldn't get address for '" + request.server() + "': not found");
                return EXIT_FAILED;
            }
            servers = List.of(literal.get());
        }
        int seconds = request.waitSeconds() > 0 ? request.waitSeconds() : conf.configuredTimeoutSeconds().orElse(5);
        int tries = request.tries() > 0 ? request.tries() : conf.configuredAttempts().orElse(2);
        ServerAsker asker = new ServerAsker(exchange, dialect,
                new ServerAsker.Servers(servers, null, request.port()), Duration.ofSeconds(Math.max(1, seconds)), tries,
                out, false);
        return new Lookups(asker, dialect, request, out).run(name.get());
    }

    /** The lookups of one command: the first, then (for a plain name) the AAAA and MX of its canonical name. */
    private static final class Lookups {
        private final ServerAsker asker;
        private final BindDialect dialect;
        private final HostRequest request;
        private final PrintStream out;
        private boolean serverShown;
        private boolean failed;

        Lookups(ServerAsker asker, BindDialect dialect, HostRequest request, PrintStream out) {
            this.asker = asker;
            this.dialect = dialect;
            this.request = request;
            this.out = out;
        }

        int run(Name name) throws InterruptedException {
            Optional<Message> first = ask(name, request.type(), request.textName());
            if (first.isEmpty()) {
                return EXIT_FAILED;
            }
            if (request.defaultLookups() && first.get().getRcode() == Rcode.NOERROR) {
                Name canonical = canonical(first.get(), name);
                if (ask(canonical, Type.AAAA, RecordText.name(canonical)).isEmpty()
                        || ask(canonical, Type.MX, RecordText.name(canonical)).isEmpty()) {
                    return EXIT_FAILED;
                }
            }
            return failed ? EXIT_FAILED : 0;
        }

        /** One lookup and its lines; empty when no server answered (the dialect's last line is printed). */
        private Optional<Message> ask(Name name, int type, String textName) throws InterruptedException {
            Optional<ServerAsker.ServerReply> reply = asker.ask(name, type);
            if (reply.isEmpty()) {
                out.println(dialect.noServersReached());
                return Optional.empty();
            }
            if (reply.get().badPacket() != null) {
                failed = true;
                return Optional.empty();
            }
            showServer(reply.get().server());
            Message message = reply.get().message();
            int rcode = message.getRcode();
            if (rcode != Rcode.NOERROR) {
                // host.c: the name as typed for NXDOMAIN, the query name for any other failure
                out.println("Host " + (rcode == Rcode.NXDOMAIN ? textName : RecordText.name(name)) + " not found: "
                        + rcode + "(" + Rcode.string(rcode) + ")");
                failed = true;
                return Optional.of(message);
            }
            List<Record> answers = message.getSection(Section.ANSWER);
            for (Record record : answers) {
                out.println(RecordText.name(record.getName()) + " " + HostWords.of(record.getType()) + " "
                        + RecordText.rdata(record));
            }
            if (answers.isEmpty() && !request.defaultLookups()) {
                out.println(RecordText.name(name) + " has no " + Type.string(type) + " record");
            }
            return Optional.of(message);
        }

        /** host.c prints the server it was given once, before the first reply. */
        private void showServer(InetAddress server) {
            if (request.server() == null || serverShown) return;
            serverShown = true;
            out.println("Using domain server:");
            out.println("Name: " + request.server());
            out.println("Address: " + BindDialect.endpoint(server, request.port()));
            out.println("Aliases: ");
            out.println();
        }

        /** The end of the answer's CNAME chain from {@code name}: the AAAA and MX lookups ask for it. */
        private static Name canonical(Message message, Name name) {
            Name current = name;
            for (int hop = 0; hop < 16; hop++) {
                Name next = null;
                for (Record record : message.getSection(Section.ANSWER)) {
                    if (record instanceof CNAMERecord cname && cname.getName().equals(current)) next = cname.getTarget();
                }
                if (next == null) return current;
                current = next;
            }
            return current;
        }
    }
}
