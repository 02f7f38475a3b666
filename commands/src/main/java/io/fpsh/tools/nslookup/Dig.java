package io.fpsh.tools.nslookup;

import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.dns.DnsExchange;
import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.dns.ResolvConf;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A minimal {@code dig +short}: {@code dig +short [@server] [-p port] [-t type | TYPE] [-x addr] name
 * [+time=N] [+tries=N] [+retry=N]}. Prints the answer rdata one per line; exit 0 for any reply (NXDOMAIN and
 * SERVFAIL print nothing), 9 when no server answered. The full (non +short) output is not emulated.
 */
public final class Dig {

    static final int EXIT_NO_SERVER = 9;
    static final int EXIT_USAGE = 1;

    private final ResolvConf conf;
    private final DnsExchange exchange;
    private final BindDialect dialect;

    public Dig(ResolvConf conf, VirtualNetwork network, String bindVersion) {
        this.conf = conf;
        this.exchange = new DnsExchange(network);
        this.dialect = BindDialect.forVersion(bindVersion);
    }

    /** Runs {@code dig ARGS} (the words after "dig") and returns its exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        return ToolRun.guarded("dig", out, err, () -> runOrFail(args, out, err));
    }

    private int runOrFail(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        Request request = Request.parse(args);
        if (request.problem != null) {
            err.println("dig: " + request.problem);
            return EXIT_USAGE;
        }
        if (!request.shortForm) {
            err.println("dig: only +short output is emulated here");
            return EXIT_USAGE;
        }
        Optional<Name> name = request.queryName();
        if (name.isEmpty()) {
            err.println("dig: '" + request.name + "' is not a legal name");
            return EXIT_USAGE;
        }
        List<InetAddress> servers = conf.nameservers();
        if (request.server != null) {
            Optional<InetAddress> literal = IpLiteral.parse(request.server);
            if (literal.isEmpty()) {
                err.println("dig: couldn't get address for '" + request.server + "': not found"); // names: not modelled
                return 10;
            }
            servers = List.of(literal.get());
        }
        int seconds = request.timeSeconds > 0 ? request.timeSeconds : conf.configuredTimeoutSeconds().orElse(5);
        int tries = request.tries > 0 ? request.tries : conf.configuredAttempts().orElse(3);
        ServerAsker.Servers asked = new ServerAsker.Servers(servers, null, request.port);
        ServerAsker asker = new ServerAsker(exchange, dialect, asked, Duration.ofSeconds(Math.max(1, seconds)), tries,
                out, false, true);
        Optional<ServerAsker.ServerReply> reply = asker.ask(name.get(), request.type);
        if (reply.isEmpty()) {
            out.println(dialect.noServersReached());
            return EXIT_NO_SERVER;
        }
        if (reply.get().badPacket() != null) return 0; // dig still exits 0 after ";; Got bad packet"
        if (reply.get().message().getRcode() == Rcode.NOERROR) {
            for (Record record : reply.get().message().getSection(Section.ANSWER)) {
                out.println(RecordText.rdata(record));
            }
        }
        return 0;
    }

    /** The parsed command line. */
    private static final class Request {
        boolean shortForm;
        String server;
        String name;
        boolean reverse;
        int type = Type.A;
        int port = 53;
        int timeSeconds;
        int tries;
        String problem;

        static Request parse(List<String> args) {
            Request request = new Request();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String lower = arg.toLowerCase(Locale.ROOT);
                if (lower.equals("+short")) request.shortForm = true;
                else if (lower.equals("+noshort")) request.shortForm = false;
                else if (lower.startsWith("+time=")) request.timeSeconds = request.number(arg);
                else if (lower.startsWith("+tries=")) request.tries = request.number(arg);
                else if (lower.startsWith("+retry=")) request.tries = request.number(arg) + 1;
                else if (arg.startsWith("+")) { /* display options: no effect on +short */ }
                else if (arg.startsWith("@")) request.server = arg.substring(1);
                else if (arg.equals("-p") && i + 1 < args.size()) request.port = request.number(args.get(++i));
                else if (arg.equals("-t") && i + 1 < args.size()) request.type = request.type(args.get(++i));
                else if (arg.equals("-x") && i + 1 < args.size()) request.reverse(args.get(++i));
                else if (arg.startsWith("-")) request.problem = "invalid option: " + arg;
                else if (request.name != null && isType(arg)) request.type = request.type(arg);
                else request.name = arg;
            }
            if (request.name == null) { // dig with no name asks for the root's NS records
                request.name = ".";
                request.type = Type.NS;
            }
            if (request.reverse) request.type = Type.PTR;
            return request;
        }

        private void reverse(String address) {
            name = address;
            reverse = true;
        }

        private static boolean isType(String word) {
            return Type.value(word.toUpperCase(Locale.ROOT)) >= 0;
        }

        Optional<Name> queryName() {
            return QueryName.of(name, reverse);
        }

        private int number(String arg) {
            try {
                return Integer.parseInt(arg.substring(arg.indexOf('=') + 1));
            } catch (NumberFormatException e) {
                problem = "invalid number in '" + arg + "'";
                return 0;
            }
        }

        private int type(String text) {
            int value = Type.value(text.toUpperCase(Locale.ROOT));
            if (value < 0) problem = "invalid type: " + text;
            return value < 0 ? Type.A : value;
        }
    }
}
