package io.fpsh.lab.capture;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a field's key says its value is, whatever section holds it: the anonymizer reads no fixed lab shape, only
 * these names (a lab's own, and those a capture is likely to write).
 */
enum FieldKinds {
    SECRET, USER, SERIAL, HOST, DOMAIN, VERSION, OTHER;

    private static final Pattern SECRET_KEY = Pattern.compile(
            ".*(password|passwd|passphrase|secret|token|apikey|api_key|regkey|reg_key|registrationkey|psk|privatekey"
                    + "|private_key|credential|natid|nat_id).*|key|pass|pwd");
    private static final Set<String> HOST_KEYS = Set.of("hostname", "host", "fqdn", "server", "servers", "nameserver",
            "nameservers", "proxyhost", "displayname", "eventinghost", "ptr", "manager", "fmc");
    private static final Set<String> DOMAIN_KEYS = Set.of("searchdomains", "searchdomain", "domain", "domains",
            "dnsdomain", "domainname");

    static FieldKinds of(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (SECRET_KEY.matcher(lower).matches()) {
            return SECRET;
        }
        if (lower.endsWith("user") || lower.endsWith("username") || lower.equals("login") || lower.equals("owner")) {
            return USER;
        }
        if (lower.contains("serial")) {
            return SERIAL;
        }
        if (HOST_KEYS.contains(lower) || lower.endsWith("host") || lower.endsWith("hostname")) {
            return HOST;
        }
        if (DOMAIN_KEYS.contains(lower)) {
            return DOMAIN;
        }
        if (lower.contains("version") || lower.equals("build")) {
            return VERSION;
        }
        return OTHER;
    }
}
