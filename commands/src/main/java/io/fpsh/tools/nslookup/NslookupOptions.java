package io.fpsh.tools.nslookup;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.xbill.DNS.Type;

/**
 * nslookup's command line: {@code -opt} settings (abbreviations as BIND accepts them) and up to two words,
 * host and server. Bad settings are reported on stdout and ignored, as nslookup does.
 */
final class NslookupOptions {

    static final int DEFAULT_PORT = 53;

    /** The explicit query type, or -1 for nslookup's default lookups (A then AAAA, PTR for addresses). */
    int queryType = -1;
    OptionalInt timeoutSeconds = OptionalInt.empty();
    OptionalInt tries = OptionalInt.empty();
    int port = DEFAULT_PORT;
    boolean showVersion;
    final List<String> words = new ArrayList<>();

    static NslookupOptions parse(List<String> args, PrintStream out) {
        NslookupOptions options = new NslookupOptions();
        for (String arg : args) {
            if (arg.startsWith("-") && arg.length() > 1) options.set(arg.substring(1), out);
            else options.words.add(arg);
        }
        return options;
    }

    boolean defaultLookups() {
        return queryType < 0;
    }

    private void set(String option, PrintStream out) {
        String lower = option.toLowerCase(Locale.ROOT);
        String value = option.contains("=") ? option.substring(option.indexOf('=') + 1) : "";
        if (lower.equals("version")) {
            showVersion = true;
        } else if (startsWithAny(lower, "type=", "ty=", "querytype=", "query=", "qu=", "q=")) {
            int type = Type.value(value.toUpperCase(Locale.ROOT));
            if (type < 0 || value.isEmpty()) out.println("unknown query type: " + value);
            else queryType = type;
        } else if (startsWithAny(lower, "timeout=", "t=")) {
            number("timeout", value, out).ifPresent(n -> timeoutSeconds = OptionalInt.of(n));
        } else if (startsWithAny(lower, "retry=", "ret=")) { // BIND: the number of tries, not of retries
            number("tries", value, out).ifPresent(n -> tries = OptionalInt.of(n));
        } else if (startsWithAny(lower, "port=", "po=")) {
            number("port", value, out).ifPresent(n -> port = n);
        } else if (startsWithAny(lower, "debug", "nodebug", "d2", "nod2", "recurse", "norecurse", "search",
                "nosearch", "vc", "novc", "fail", "nofail", "class=", "cl=", "domain=", "do=", "ndots=")) {
            // accepted and not modelled: they do not change the lab's answers
        } else {
            out.println("*** Invalid option: " + option);
        }
    }

    private static OptionalInt number(String what, String value, PrintStream out) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) return OptionalInt.of(n);
        } catch (NumberFormatException e) {
            // reported below, in nslookup's words
        }
        out.println("invalid " + what + " '" + value + "': not a valid number");
        return OptionalInt.empty();
    }

    private static boolean startsWithAny(String option, String... prefixes) {
        for (String prefix : prefixes) if (option.startsWith(prefix)) return true;
        return false;
    }
}
