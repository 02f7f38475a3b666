package io.fpsh.tools.curl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns curl's argv into {@link CurlOptions}, with curl's own words for what it rejects. */
final class CurlArgumentParser {

    private static final String TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information";

    /** Short letter to long name, for the options fpsh implements. */
    private static final Map<Character, String> SHORT = Map.ofEntries(
            Map.entry('v', "verbose"), Map.entry('k', "insecure"), Map.entry('s', "silent"), Map.entry('S', "show-error"),
            Map.entry('f', "fail"), Map.entry('i', "include"), Map.entry('I', "head"), Map.entry('L', "location"),
            Map.entry('m', "max-time"), Map.entry('x', "proxy"), Map.entry('H', "header"), Map.entry('X', "request"),
            Map.entry('d', "data"), Map.entry('o', "output"), Map.entry('w', "write-out"), Map.entry('4', "ipv4"),
            Map.entry('6', "ipv6"), Map.entry('A', "user-agent"), Map.entry('u', "user"), Map.entry('h', "help"), Map.entry('V', "version"));

    private static final Set<String> WITH_ARGUMENT = Set.of("max-time", "connect-timeout", "max-redirs", "max-filesize",
            "cacert", "capath", "proxy", "header", "request", "data", "data-raw", "data-binary", "data-ascii", "output",
            "write-out", "resolve", "user-agent", "url", "user");

    /** Accepted and ignored: they do not change what the simulation can show. */
    private static final Set<String> IGNORED_FLAGS = Set.of("http1.1", "tlsv1", "tlsv1.2", "no-progress-meter",
            "no-keepalive", "progress-bar", "basic");

    /** Options curl 7.44 did not have yet. */
    private static final Set<String> NEWER_THAN_7_44 = Set.of("tlsv1.3", "no-progress-meter");

    private final CurlDialect dialect;

    CurlArgumentParser() {
        this(CurlDialect.MODERN);
    }

    CurlArgumentParser(CurlDialect dialect) {
        this.dialect = dialect;
    }

    /** Options this libcurl build (no c-ares) rejects, as Debian's and the FTD's curl do. */
    private static final Set<String> UNSUPPORTED_BY_LIBCURL = Set.of("dns-servers", "dns-interface", "dns-ipv4-addr",
            "dns-ipv6-addr");

    private static final Set<String> FLAGS = Set.of("verbose", "insecure", "silent", "show-error", "fail", "include",
            "head", "location", "ipv4", "ipv6", "help", "version", "tlsv1.3");

    CurlOptions parse(List<String> argv) throws CurlUsageException {
        CurlOptions options = new CurlOptions();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                String shown = arg;
                if (dialect.legacy() && NEWER_THAN_7_44.contains(name)) {
                    throw new CurlUsageException(2, "curl: option " + shown + ": is unknown\n" + TRY_HELP + "\n");
                }
                if (UNSUPPORTED_BY_LIBCURL.contains(name)) {
                    throw new CurlUsageException(2, "curl: option " + shown
                            + ": the installed libcurl version doesn't support this\n" + TRY_HELP + "\n");
                }
                if (WITH_ARGUMENT.contains(name)) {
                    if (i + 1 >= argv.size()) throw missingParameter(shown);
                    apply(options, name, argv.get(++i), shown);
                } else if (FLAGS.contains(name)) {
                    apply(options, name, null, shown);
                } else if (!IGNORED_FLAGS.contains(name)) {
                    throw new CurlUsageException(2, "curl: option " + shown + ": is unknown\n" + TRY_HELP + "\n");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                i = parseShortCluster(options, argv, i);
            } else {
                options.urls.add(arg);
            }
        }
        return options;
    }

    /** "-sSL", "-vk", "-XPOST", "-m5": flags may be glued together, the first option with an argument takes the rest. */
    private int parseShortCluster(CurlOptions options, List<String> argv, int index) throws CurlUsageException {
        String cluster = argv.get(index);
        for (int c = 1; c < cluster.length(); c++) {
            char letter = cluster.charAt(c);
            String name = SHORT.get(letter);
            String shown = "-" + letter;
            if (name == null) {
                throw new CurlUsageException(2, "curl: option " + cluster + ": is unknown\n" + TRY_HELP + "\n");
            }
            if (WITH_ARGUMENT.contains(name)) {
                String value;
                if (c + 1 < cluster.length()) {
                    value = cluster.substring(c + 1);
                } else if (index + 1 < argv.size()) {
                    value = argv.get(++index);
                } else {
                    throw missingParameter(shown);
                }
                apply(options, name, value, shown);
                return index;
            }
            apply(options, name, null, shown);
        }
        return index;
    }

    private static CurlUsageException missingParameter(String shown) {
        return new CurlUsageException(2, "curl: option " + shown + ": requires parameter\n" + TRY_HELP + "\n");
    }

    private static void apply(CurlOptions o, String name, String value, String shown) throws CurlUsageException {
        switch (name) {
            case "verbose" -> o.verbose = true;
            case "insecure" -> o.insecure = true;
            case "silent" -> o.silent = true;
            case "show-error" -> o.showError = true;
            case "fail" -> o.failOnHttpError = true;
            case "include" -> o.includeHeaders = true;
            case "head" -> o.headOnly = true;
            case "location" -> o.followRedirects = true;
            case "ipv4" -> { o.ipv4Only = true; o.ipv6Only = false; }
            case "ipv6" -> { o.ipv6Only = true; o.ipv4Only = false; }
            case "help" -> o.help = true;
            case "version" -> o.version = true;
            case "tlsv1.3" -> o.tls13Only = true;
            case "max-time" -> o.maxTimeMillis = seconds(value, shown);
            case "connect-timeout" -> o.connectTimeoutMillis = seconds(value, shown);
            case "max-redirs" -> o.maxRedirects = redirectLimit(value, shown);
            case "max-filesize" -> o.maxFileSize = fileSizeLimit(value, shown);
            case "cacert" -> o.caFile = value;
            case "capath" -> o.caPath = value;
            case "proxy" -> o.proxy = value;
            case "header" -> o.headers.add(value);
            case "request" -> o.method = value;
            case "data", "data-raw", "data-binary", "data-ascii" -> o.data.add(value);
            case "output" -> o.outputFile = value;
            case "write-out" -> o.writeOut = value;
            case "resolve" -> o.resolveEntries.add(value);
            case "user-agent" -> o.userAgent = value;
            case "url" -> o.urls.add(value);
            case "user" -> o.user = value;
            default -> throw new IllegalStateException(name);
        }
    }

    /** curl takes fractional seconds ("0.5", "1e9") for its timeouts; a negative one has its own complaint. */
    private static long seconds(String value, String shown) throws CurlUsageException {
        BigDecimal s;
        try {
            s = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw notNumeric(shown);
        }
        if (s.signum() < 0) {
            throw new CurlUsageException(2, "curl: option " + shown + ": expected a positive numerical parameter\n"
                    + TRY_HELP + "\n");
        }
        BigDecimal millis = s.movePointRight(3);
        // "1e9" s must neither wrap around nor exceed what OkHttp accepts (int milliseconds, about 24 days)
        return millis.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0 ? Integer.MAX_VALUE : millis.longValue();
    }

    /** -1 means no limit; anything below that is refused. */
    private static int redirectLimit(String value, String shown) throws CurlUsageException {
        long limit = integer(value, shown);
        if (limit < -1) throw notNumeric(shown);
        return limit == -1 || limit > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) limit;
    }

    /** 0 means no limit (curl 7.88); a negative or non-numeric size gets a warning and "is badly used here". */
    private static long fileSizeLimit(String value, String shown) throws CurlUsageException {
        long size;
        try {
            size = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 0) {
            throw new CurlUsageException(2, "Warning: invalid number specified for max-filesize\ncurl: option " + shown
                    + ": is badly used here\n" + TRY_HELP + "\n");
        }
        return size == 0 ? -1 : size;
    }

    private static long integer(String value, String shown) throws CurlUsageException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw notNumeric(shown);
        }
    }

    private static CurlUsageException notNumeric(String shown) {
        return new CurlUsageException(2, "curl: option " + shown + ": expected a proper numerical parameter\n"
                + TRY_HELP + "\n");
    }
}
