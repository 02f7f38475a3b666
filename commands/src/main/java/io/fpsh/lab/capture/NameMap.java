package io.fpsh.lab.capture;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's host and domain names into RFC 2606 ones, label by label so the hierarchy stays: a search domain
 * {@code corp.acme.com} becomes {@code site1.example.com} and its host {@code fmc.corp.acme.com} becomes
 * {@code fmc01.site1.example.com}, the device's {@code fw-nyc-01} becomes {@code ftd01} alone and in its FQDN.
 * Cisco's public names (the SSE hosts, est.sco.cisco.com...) are kept: they drive the lab and are no secret, except the
 * customer's tenant label in a cdFMC name. A cloud provider's name (a PTR such as
 * {@code ec2-54-1-2-3.compute-1.amazonaws.com}) keeps its provider suffix; its address is the {@link Ipv4Map}'s.
 */
final class NameMap {
    /** What a host is, which names its replacement; the first context a label is met in decides. */
    enum Role {
        DEVICE("ftd", 2), MANAGER("fmc", 2), DNS("dns", 1), PROXY("proxy", 1), TENANT("tenant", 1), SITE("site", 1),
        HOST("host", 1);

        private final String prefix;
        private final int digits;

        Role(String prefix, int digits) {
            this.prefix = prefix;
            this.digits = digits;
        }

        String name(int number) {
            return prefix + String.format(Locale.ROOT, "%0" + digits + "d", number);
        }
    }

    /** Names never replaced: Cisco's, Cisco-owned services', and the documentation ones (RFC 2606, RFC 6761). */
    private static final Set<String> KEPT_DOMAINS = Set.of("cisco.com", "opendns.com", "umbrella.com", "talosintelligence.com",
            "snort.org", "example.com", "example.net", "example.org", "example", "test", "invalid", "localhost", "arpa");
    /** Cloud providers whose PTR names keep their suffix (the address in them is mapped on its own). */
    private static final Set<String> PROVIDERS = Set.of("amazonaws.com", "amazonaws.com.cn", "cloudfront.net",
            "awsglobalaccelerator.com", "ec2.internal", "compute.internal", "akamaitechnologies.com", "akamaiedge.net",
            "akamai.net", "edgekey.net", "googleusercontent.com", "1e100.net", "cloudapp.net", "azure.com",
            "azurewebsites.net", "linodeusercontent.com", "your-server.de");
    /** Second-level labels under which a registrable domain has three labels ({@code acme.co.uk}). */
    private static final Set<String> SECOND_LEVELS = Set.of("co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "go");
    /** The default host names of Firepower devices and managers, and names already documentation ones. */
    private static final Pattern KEPT_LABEL = Pattern.compile(
            "(?i)firepower|ftd|fmc|localhost|(?:ftd|fmc|fpr|dns|proxy|site|host|tenant)\\d+");
    private static final Pattern CDO_TENANT = Pattern.compile("(?i)([a-z0-9-]+)(\\.app(?:\\.[a-z]+)?\\.cdo\\.cisco\\.com\\.?)");
    private static final String[] DOMAINS = {"example.com", "example.net", "example.org"};

    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> domains = new HashMap<>();
    private final Map<Role, Integer> counts = new EnumMap<>(Role.class);

    /** Whether {@code name} (any case) is one to keep, its provider suffix included. */
    static boolean kept(String name) {
        String lower = trimDot(name.toLowerCase(Locale.ROOT));
        return endsWithAny(lower, KEPT_DOMAINS) || endsWithAny(lower, PROVIDERS);
    }

    /** Whether {@code name} lies under a domain already known as the customer's. */
    boolean isCustomer(String name) {
        return domains.containsKey(registrable(trimDot(name.toLowerCase(Locale.ROOT))));
    }

    /** A single-label host name's replacement; a default one ({@code firepower}) or a documentation one is kept. */
    String label(String label, Role role) {
        if (KEPT_LABEL.matcher(label).matches()) {
            return label;
        }
        return labels.computeIfAbsent(label.toLowerCase(Locale.ROOT), l -> role.name(counts.merge(role, 1, Integer::sum)));
    }

    /** Whether {@code label} was given a replacement (a host name met alone, so it is replaced in free text too). */
    boolean knows(String label) {
        return labels.containsKey(label.toLowerCase(Locale.ROOT));
    }

    /**
     * A dotted name's replacement: kept for Cisco's, providers' and documentation names (a cdFMC tenant label
     * replaced), otherwise each label below the registrable domain mapped and the domain itself mapped to an
     * example one. {@code leftmost} is the role of the first label (a domain's first label is a {@link Role#SITE}).
     */
    String name(String name, Role leftmost) {
        boolean dot = name.endsWith(".");
        String bare = dot ? name.substring(0, name.length() - 1) : name;
        Matcher cdo = CDO_TENANT.matcher(bare);
        if (cdo.matches()) {
            return label(cdo.group(1), Role.TENANT) + cdo.group(2) + (dot ? "." : "");
        }
        if (kept(bare)) {
            return name;
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        String registrable = registrable(lower);
        String mappedDomain = domains.computeIfAbsent(registrable, r -> domains.size() < DOMAINS.length
                ? DOMAINS[domains.size()] : "corp" + (domains.size() + 1) + ".example");
        if (lower.equals(registrable)) {
            return mappedDomain + (dot ? "." : "");
        }
        String[] parts = lower.substring(0, lower.length() - registrable.length() - 1).split("\\.");
        StringBuilder mapped = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            mapped.append(label(parts[i], i == 0 ? leftmost : Role.SITE)).append('.');
        }
        return mapped + mappedDomain + (dot ? "." : "");
    }

    /** The role a host's own name suggests, where its context says none. */
    static Role roleOf(String name) {
        String first = name.toLowerCase(Locale.ROOT).split("\\.", 2)[0];
        if (first.contains("fmc") || first.contains("firesight") || first.contains("defense-center")) {
            return Role.MANAGER;
        }
        if (first.startsWith("ftd") || first.startsWith("fpr") || first.startsWith("firepower") || first.startsWith("fw")
                || first.startsWith("ngfw")) {
            return Role.DEVICE;
        }
        if (first.startsWith("dns") || first.matches("ns\\d*(-.*)?") || first.startsWith("resolver")) {
            return Role.DNS;
        }
        if (first.contains("proxy") || first.contains("squid") || first.contains("wsa")) {
            return Role.PROXY;
        }
        return Role.HOST;
    }

    private static String registrable(String lower) {
        String[] parts = lower.split("\\.");
        int keep = parts.length >= 3 && SECOND_LEVELS.contains(parts[parts.length - 2]) && parts[parts.length - 1].length() == 2
                ? 3 : 2;
        if (parts.length <= keep) {
            return lower;
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, parts.length - keep, parts.length));
    }

    private static boolean endsWithAny(String lower, Set<String> suffixes) {
        for (String suffix : suffixes) {
            if (lower.equals(suffix) || lower.endsWith("." + suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String trimDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
