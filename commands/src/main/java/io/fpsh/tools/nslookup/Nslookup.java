package io.fpsh.tools.nslookup;

import io.fpsh.net.HostResolver;
import io.fpsh.net.HostResolver.Resolution;
import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.dns.DnsExchange;
import io.fpsh.net.dns.IpLiteral;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.net.dns.StubResolver;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.Name;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The expert-mode {@code nslookup} (BIND's, non-interactive): {@code nslookup [-opt ...] host [server]}.
 * Everything goes to stdout as in BIND, except the usage text, fatal errors and -version (stderr).
 * Exit 1 when a lookup failed (NXDOMAIN, SERVFAIL, REFUSED, no server reached), else 0.
 */
public final class Nslookup {

    /** BIND's defaults when neither the command line nor resolv.conf's options set them. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    static final int DEFAULT_TRIES = 3;
    /** How long the server's own name may take to resolve (glibc's own limits apply first). */
    private static final Duration SERVER_NAME_DEADLINE = Duration.ofSeconds(60);

    private final ResolvConf conf;
    private final DnsExchange exchange;
    private final HostResolver serverNameResolver;
    private final String bindVersion;
    private final BindDialect dialect;

    /**
     * @param conf               the device's resolv.conf (default servers, search list, timeout/attempts options)
     * @param network            where datagrams really go
     * @param serverNameResolver resolves a server given by name (the device's C library, as BIND uses getaddrinfo)
     * @param bindVersion        the emulated release, e.g. "9.18.49-1~deb12u3-Debian"; it picks the {@link BindDialect}
     */
    public Nslookup(ResolvConf conf, VirtualNetwork network, HostResolver serverNameResolver, String bindVersion) {
        this.conf = conf;
        this.exchange = new DnsExchange(network);
        this.serverNameResolver = serverNameResolver;
        this.bindVersion = bindVersion;
        this.dialect = BindDialect.forVersion(bindVersion);
    }

    /** As above, resolving server names with a {@link StubResolver} on the same resolv.conf and network. */
    public Nslookup(ResolvConf conf, VirtualNetwork network, String bindVersion) {
        this(conf, network, new StubResolver(conf, network), bindVersion);
    }

    public BindDialect dialect() { return dialect; }

    /** Runs {@code nslookup ARGS} (the words after "nslookup") and returns its exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        return lookup(args, out, err).exitCode();
    }

    /** Runs {@code nslookup ARGS}, printing like BIND, and returns what was found as data. */
    public NslookupResult lookup(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        try {
            return lookupOrFail(args, out, err);
        } catch (RuntimeException e) {
            // a bug of ours must not show as a Java stack trace on the device's terminal
            err.println("nslookup: internal error");
            return NslookupResult.withoutLookup(null, 1);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private NslookupResult lookupOrFail(List<String> args, PrintStream out, PrintStream err)
            throws InterruptedException {
        NslookupOptions options = NslookupOptions.parse(args, out);
        if (options.showVersion) {
            err.println("nslookup " + bindVersion);
            return NslookupResult.withoutLookup(null, 0);
        }
        if (options.words.size() > 2) {
            printUsage(err);
            return NslookupResult.withoutLookup(null, 1);
        }
        if (options.words.isEmpty() || options.words.get(0).equals("-")) {
            out.println(); // interactive mode is not modelled: behave as with stdin at its end
            return NslookupResult.withoutLookup(null, 0);
        }
        String host = options.words.get(0);
        Optional<ServerAsker.Servers> servers = servers(options, err);
        if (servers.isEmpty()) return NslookupResult.withoutLookup(host, 1);

        Optional<InetAddress> address = IpLiteral.parse(host);
        List<Name> candidates = address.map(a -> List.of(ReverseMap.fromAddress(a))).orElseGet(() -> candidates(host));
        if (candidates.isEmpty()) {
            out.println("'" + host + "' is not a legal name (unexpected end of input)");
            return NslookupResult.withoutLookup(host, 1);
        }
        int type = address.isPresent() ? Type.PTR : options.defaultLookups() ? Type.A : options.queryType;
        ServerAsker asker =
                new ServerAsker(exchange, dialect, servers.get(), timeout(options), tries(options), out, true);
        LookupRun run = new LookupRun(asker, dialect, options.defaultLookups(), out);
        String textName = address.isPresent() ? RecordText.name(candidates.get(0)) : host;
        return run.run(textName, candidates, type);
    }

    private Optional<ServerAsker.Servers> servers(NslookupOptions options, PrintStream err)
            throws InterruptedException {
        if (options.words.size() < 2) {
            return Optional.of(new ServerAsker.Servers(conf.nameservers(), null, options.port));
        }
        String server = options.words.get(1);
        Optional<InetAddress> literal = IpLiteral.parse(server);
        if (literal.isPresent()) {
            return Optional.of(new ServerAsker.Servers(List.of(literal.get()), server, options.port));
        }
        Resolution resolution = serverNameResolver.resolve(server, SERVER_NAME_DEADLINE);
        if (!resolution.resolved()) {
            // BIND maps getaddrinfo's EAI_NONAME to "not found"; other failures' wording is unverified
            String why = resolution.outcome() == HostResolver.Outcome.NOT_FOUND ? "not found" : "failure";
            err.println("nslookup: couldn't get address for '" + server + "': " + why);
            return Optional.empty();
        }
        return Optional.of(new ServerAsker.Servers(resolution.addresses(), server, options.port));
    }

    /** nslookup's search: a name with fewer dots than ndots tries the search domains first, then itself. */
    private List<Name> candidates(String host) {
        List<String> texts = new ArrayList<>();
        long dots = host.chars().filter(c -> c == '.').count();
        if (!host.endsWith(".") && dots < conf.ndots()) {
            for (String domain : conf.search()) texts.add(host + "." + domain + ".");
        }
        texts.add(host.endsWith(".") ? host : host + ".");
        List<Name> names = new ArrayList<>();
        for (String text : texts) {
            try {
                names.add(Name.fromString(text));
            } catch (TextParseException e) {
                // skipped, as BIND skips a search domain that does not make a valid name
            }
        }
        return names;
    }

    private Duration timeout(NslookupOptions options) {
        int seconds = options.timeoutSeconds.orElse(conf.configuredTimeoutSeconds().orElse(0));
        return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_TIMEOUT;
    }

    private int tries(NslookupOptions options) {
        return Math.max(1, options.tries.orElse(conf.configuredAttempts().orElse(DEFAULT_TRIES)));
    }

    private static void printUsage(PrintStream err) {
        err.println("Usage:");
        err.println("   nslookup [-opt ...]             # interactive mode using default server");
        err.println("   nslookup [-opt ...] - server    # interactive mode using 'server'");
        err.println("   nslookup [-opt ...] host        # just look up 'host' using default server");
        err.println("   nslookup [-opt ...] host server # just look up 'host' using 'server'");
    }
}
