package io.fpsh.tools.nslookup;

import io.fpsh.net.dns.IpLiteral;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * host's command line: {@code [-t type] [-W wait] [-R retries] [-p port] name [server]}. An address as the name asks
 * for its PTR record; a {@code -t} turns off the default A/AAAA/MX lookups.
 */
record HostRequest(String name, String server, int type, boolean defaultLookups, boolean reverse, int waitSeconds,
                   int tries, int port, String problem, boolean usage, boolean version) {

    /** The head of host's usage text (BIND 9.18), printed on stderr when no name is given. */
    static final String USAGE = "Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]\n"
            + "            [-R number] [-m flag] [-p port] hostname [server]\n";

    static HostRequest parse(List<String> args) {
        String name = null;
        String server = null;
        int type = Type.A;
        boolean typed = false;
        int wait = 0;
        int tries = 0;
        int port = 53;
        String problem = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-") && arg.length() == 2 && "tWRp".indexOf(arg.charAt(1)) >= 0) {
                if (i + 1 >= args.size()) return usageOnly();
                String value = args.get(++i);
                switch (arg.charAt(1)) {
                    case 't' -> {
                        type = Type.value(value.toUpperCase(Locale.ROOT));
                        typed = true;
                        if (type < 0) problem = "invalid type: " + value;
                    }
                    case 'W' -> wait = number(value);
                    // -R counts the retries after the first try; the real 9.18 host still tries twice with -R 0
                    case 'R' -> tries = number(value) < 0 ? -1 : Math.max(2, number(value) + 1);
                    default -> port = number(value);
                }
                if (wait < 0 || tries < 0 || port < 0) problem = "invalid number '" + value + "'";
            } else if (arg.equals("-V")) {
                return new HostRequest(null, null, Type.A, false, false, 0, 0, 53, null, false, true);
            } else if (arg.startsWith("-")) {
                problem = "option " + arg + " is not emulated here"; // [fpsh] only -t -W -R -p are
            } else if (name == null) {
                name = arg;
            } else if (server == null) {
                server = arg;
            }
        }
        if (name == null) return usageOnly();
        boolean reverse = !typed && IpLiteral.parse(name).isPresent();
        if (reverse) type = Type.PTR;
        return new HostRequest(name, server, type, !typed && !reverse, reverse, wait, tries, port, problem, false, false);
    }

    private static HostRequest usageOnly() {
        return new HostRequest(null, null, Type.A, false, false, 0, 0, 53, null, true, false);
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The name host shows for a failed lookup: as typed, or the reverse name of an address. */
    String textName() {
        return reverse ? queryName().map(Name::toString).orElse(name) : name; // with its final dot, as host prints it
    }

    Optional<Name> queryName() {
        return QueryName.of(name, reverse);
    }
}
