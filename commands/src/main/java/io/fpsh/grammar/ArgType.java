package io.fpsh.grammar;

import java.util.Arrays;
import java.util.regex.Pattern;

/** The types of a command's arguments, each with its check and the placeholder shown by '?' help. */
public enum ArgType {
    IPV4("<ip>") {
        @Override public boolean accepts(String word) { return isIpv4(word); }
    },
    IPV4_LIST("<list>") {
        @Override public boolean accepts(String word) {
            return !word.endsWith(",") && Arrays.stream(word.split(",")).allMatch(ArgType::isIpv4);
        }
    },
    NETMASK("<netmask>") {
        @Override public boolean accepts(String word) {
            if (!isIpv4(word)) {
                return false;
            }
            long bits = 0;
            for (String octet : word.split("\\.")) {
                bits = (bits << 8) | Integer.parseInt(octet);
            }
            long inverted = ~bits & 0xFFFFFFFFL;
            return (inverted & (inverted + 1)) == 0;
        }
    },
    HOSTNAME("<hostname>") {
        @Override public boolean accepts(String word) { return word.length() <= 253 && HOST.matcher(word).matches(); }
    },
    DOMAIN_LIST("<list>") {
        @Override public boolean accepts(String word) {
            return !word.endsWith(",") && Arrays.stream(word.split(",")).allMatch(d -> HOST.matcher(d).matches());
        }
    },
    PORT("<port>") {
        @Override public boolean accepts(String word) {
            if (!word.matches("\\d{1,5}")) {
                return false;
            }
            int port = Integer.parseInt(word);
            return port >= 1 && port <= 65535;
        }
    },
    WORD("<word>") {
        @Override public boolean accepts(String word) { return !word.isEmpty(); }
    };

    private static final Pattern HOST =
            Pattern.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private final String placeholder;

    ArgType(String placeholder) {
        this.placeholder = placeholder;
    }

    public abstract boolean accepts(String word);

    public String placeholder() {
        return placeholder;
    }

    static boolean isIpv4(String word) {
        String[] octets = word.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
