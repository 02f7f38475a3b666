package io.fpsh.tools.curl;

import okhttp3.HttpUrl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where a run goes: the URL as curl reads it, the -x proxy, and the --resolve overrides. */
final class CurlTargets {

    private CurlTargets() {}

    /** The proxy schemes libcurl 7.88 knows; any other one is refused before a connection is tried. */
    private static final java.util.Set<String> PROXY_SCHEMES = java.util.Set.of("http", "https", "socks4", "socks4a",
            "socks5", "socks5h");

    /**
     * The proxy host and port (curl's default proxy port is 1080, not the scheme's), and the credentials written
     * in its URL ({@code http://user:password@host:port}; null when none).
     */
    record ProxyTarget(String host, int port, String user, String password) {}

    /** --resolve entries usable for the URL's port, and the entries curl reports adding to its DNS cache. */
    record ResolveOverrides(Map<String, List<InetAddress>> addresses, List<String> added) {}

    /** curl accepts "host/path" without a scheme (http), and knows only http and https here. */
    static HttpUrl url(String raw, CurlDialect dialect) throws CurlFailure {
        // OkHttp would percent-encode spaces and control characters; curl refuses the URL instead.
        if (raw.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) throw CurlFailure.beforeConnection(3, dialect.badUrl(raw), false);
        String text = raw;
        int sep = text.indexOf("://");
        if (sep < 0) {
            text = "http://" + text;
            sep = 4;
        }
        String scheme = text.substring(0, sep).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw CurlFailure.beforeConnection(1, "Protocol \"" + text.substring(0, sep) + "\" not supported or disabled in libcurl", true);
        }
        String rest = text.substring(sep + 3);
        HttpUrl parsed = rest.isEmpty() ? null : HttpUrl.parse(text);
        if (parsed == null) throw CurlFailure.beforeConnection(3, dialect.badUrl(raw), false);
        return parsed;
    }

    /** 7.44 says "Rebuilt URL to: ..." when it had to add the "/" path itself. */
    static boolean lacksPath(String raw) {
        String text = raw.trim();
        int sep = text.indexOf("://");
        String rest = sep < 0 ? text : text.substring(sep + 3);
        return !rest.matches("[^/?#]*/.*");
    }

    static ProxyTarget proxy(String option, CurlDialect dialect) throws CurlFailure {
        if (option == null || option.isEmpty()) return null;
        int sep = option.indexOf("://");
        String scheme = sep < 0 ? "http" : option.substring(0, sep).toLowerCase(Locale.ROOT);
        if (!dialect.legacy() && !PROXY_SCHEMES.contains(scheme)) {
            throw CurlFailure.beforeConnection(7, "Unsupported proxy scheme for '" + option + "'", true);
        }
        HttpUrl parsed = HttpUrl.parse(sep < 0 ? "http://" + option : "http" + option.substring(sep));
        if (parsed == null) {
            throw CurlFailure.beforeConnection(5, dialect.legacy() ? "Couldn't resolve proxy '" + option + "'"
                    : "Unsupported proxy syntax in '" + option + "'", true);
        }
        String user = parsed.username().isEmpty() ? null : parsed.username();
        return new ProxyTarget(parsed.host(), option.matches(".*:\\d+/?$") ? parsed.port() : 1080, user,
                user == null ? null : parsed.password());
    }

    /** HOST:PORT:ADDR[,ADDR]; entries for another port, or with no usable address literal, are ignored as curl does. */
    static ResolveOverrides resolveOverrides(List<String> entries, int port) {
        Map<String, List<InetAddress>> pinned = new HashMap<>();
        List<String> added = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split(":", 3);
            if (parts.length < 3) continue;
            try {
                if (Integer.parseInt(parts[1]) != port) continue;
                List<InetAddress> addresses = new ArrayList<>();
                for (String a : parts[2].split(",")) {
                    String literal = a.trim().replace("[", "").replace("]", "");
                    // Only literals get here, so getByName never asks a resolver.
                    if (literal.matches("[0-9a-fA-F.:]+")) addresses.add(InetAddress.getByName(literal));
                }
                if (!addresses.isEmpty()) {
                    pinned.put(parts[0].toLowerCase(Locale.ROOT), addresses);
                    added.add(entry);
                }
            } catch (NumberFormatException | UnknownHostException e) {
                // unusable entry: skipped
            }
        }
        return new ResolveOverrides(pinned, added);
    }
}
