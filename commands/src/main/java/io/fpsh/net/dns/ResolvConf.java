package io.fpsh.net.dns;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The parts of resolv.conf the device's resolvers read: {@code nameserver}, {@code search}/{@code domain}
 * (the last of the two wins, as in glibc) and {@code options timeout:N attempts:N ndots:N}, with glibc's
 * limits. Timeout and attempts are kept as written because glibc and nslookup default them differently
 * (glibc 5 s x 2, nslookup 5 s x 3); {@link #timeout()} and {@link #attempts()} give glibc's effective values.
 */
public record ResolvConf(List<InetAddress> nameservers, List<String> search, OptionalInt configuredTimeoutSeconds,
                         OptionalInt configuredAttempts, int ndots) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_ATTEMPTS = 2;
    public static final int DEFAULT_NDOTS = 1;
    /** glibc's MAXNS: further nameserver lines are ignored. */
    public static final int MAX_NAMESERVERS = 3;
    private static final int MAX_TIMEOUT_SECONDS = 30;
    private static final int MAX_ATTEMPTS = 5;
    private static final int MAX_NDOTS = 15;

    public ResolvConf {
        nameservers = List.copyOf(nameservers);
        search = List.copyOf(search);
    }

    /** A configuration with these servers, no search list and glibc's defaults. */
    public static ResolvConf of(InetAddress... servers) {
        return new ResolvConf(List.of(servers), List.of(), OptionalInt.empty(), OptionalInt.empty(), DEFAULT_NDOTS);
    }

    /** glibc's per-server timeout. */
    public Duration timeout() {
        return Duration.ofSeconds(configuredTimeoutSeconds.orElse((int) DEFAULT_TIMEOUT.toSeconds()));
    }

    /** glibc's number of rounds over the servers. */
    public int attempts() {
        return configuredAttempts.orElse(DEFAULT_ATTEMPTS);
    }

    /** Parses resolv.conf text; malformed lines are skipped, as the C library does. */
    public static ResolvConf parse(String text) {
        List<InetAddress> servers = new ArrayList<>();
        List<String> search = List.of();
        OptionalInt timeoutSeconds = OptionalInt.empty();
        OptionalInt attempts = OptionalInt.empty();
        int ndots = DEFAULT_NDOTS;
        for (String rawLine : text.split("\r?\n")) {
            String line = stripComment(rawLine).trim();
            if (line.isEmpty()) continue;
            String[] words = line.split("[ \t]+");
            switch (words[0]) {
                case "nameserver" -> {
                    if (words.length > 1 && servers.size() < MAX_NAMESERVERS) {
                        IpLiteral.parse(words[1]).ifPresent(servers::add);
                    }
                }
                case "domain" -> search = words.length > 1 ? List.of(trimDot(words[1])) : List.of();
                case "search" -> {
                    List<String> domains = new ArrayList<>();
                    for (int i = 1; i < words.length; i++) domains.add(trimDot(words[i]));
                    search = domains;
                }
                case "options" -> {
                    for (int i = 1; i < words.length; i++) {
                        String option = words[i].toLowerCase(Locale.ROOT);
                        OptionalInt value = number(option);
                        if (value.isEmpty()) continue;
                        if (option.startsWith("timeout:")) {
                            timeoutSeconds = OptionalInt.of(clamp(value.getAsInt(), 1, MAX_TIMEOUT_SECONDS));
                        } else if (option.startsWith("attempts:")) {
                            attempts = OptionalInt.of(clamp(value.getAsInt(), 1, MAX_ATTEMPTS));
                        } else if (option.startsWith("ndots:")) {
                            ndots = clamp(value.getAsInt(), 0, MAX_NDOTS);
                        }
                    }
                }
                default -> { /* sortlist, lookup, ...: not modelled */ }
            }
        }
        if (servers.isEmpty()) servers.add(InetAddress.getLoopbackAddress()); // glibc's fallback
        return new ResolvConf(servers, search, timeoutSeconds, attempts, ndots);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        int semicolon = line.indexOf(';');
        int cut = hash < 0 ? semicolon : semicolon < 0 ? hash : Math.min(hash, semicolon);
        return cut < 0 ? line : line.substring(0, cut);
    }

    private static String trimDot(String domain) {
        return domain.endsWith(".") && domain.length() > 1 ? domain.substring(0, domain.length() - 1) : domain;
    }

    private static OptionalInt number(String option) {
        int colon = option.indexOf(':');
        if (colon < 0) return OptionalInt.empty();
        try {
            return OptionalInt.of(Integer.parseInt(option.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
