package io.fpsh.tools.curl;

import okhttp3.HttpUrl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Method, body and the exact header lines curl would send, in curl's order. */
record CurlRequestPlan(String method, byte[] body, List<String[]> customHeaders, String userAgent, boolean sendAccept,
                       String contentType, String basicUser, String authorization) {

    static CurlRequestPlan from(CurlOptions o, CurlDialect dialect, CurlFiles files) {
        byte[] body = null;
        if (o.hasData()) {
            List<String> parts = new ArrayList<>();
            for (String d : o.data) {
                if (d.startsWith("@")) {
                    // -d @file strips CR and LF, as curl does.
                    String content = files.read(d.substring(1)).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
                    parts.add(content.replace("\r", "").replace("\n", ""));
                } else {
                    parts.add(d);
                }
            }
            body = String.join("&", parts).getBytes(StandardCharsets.UTF_8);
        }
        String method = o.method != null ? o.method : o.headOnly ? "HEAD" : body != null ? "POST" : "GET";
        String userAgent = o.userAgent != null ? o.userAgent : dialect.userAgent();
        boolean accept = true;
        String contentType = body != null ? "application/x-www-form-urlencoded" : null;
        List<String[]> custom = new ArrayList<>();
        for (String h : o.headers) {
            int colon = h.indexOf(':');
            int semi = h.indexOf(';');
            String name;
            String value;
            if (colon > 0) {
                name = h.substring(0, colon).trim();
                value = h.substring(colon + 1).trim();
                if (value.isEmpty()) {
                    // "-H 'X:'" removes a header curl would have sent.
                    if (name.equalsIgnoreCase("User-Agent")) userAgent = null;
                    if (name.equalsIgnoreCase("Accept")) accept = false;
                    if (name.equalsIgnoreCase("Content-Type")) contentType = null;
                    continue;
                }
            } else if (semi > 0 && semi == h.length() - 1) {
                name = h.substring(0, semi).trim();
                value = "";
            } else {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("user-agent")) userAgent = null;
            if (lower.equals("accept")) accept = false;
            if (lower.equals("content-type")) contentType = null;
            custom.add(new String[]{name, value});
        }
        String basicUser = null;
        String authorization = null;
        boolean customAuthorization = custom.stream().anyMatch(h -> h[0].equalsIgnoreCase("Authorization"));
        if (o.user != null && !customAuthorization) {
            int colon = o.user.indexOf(':');
            basicUser = colon < 0 ? o.user : o.user.substring(0, colon);
            // without ":password" real curl prompts for it; fpsh has no prompt here and sends an empty one
            authorization = "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (colon < 0 ? o.user + ":" : o.user).getBytes(StandardCharsets.UTF_8));
        }
        return new CurlRequestPlan(method, body, custom, userAgent, accept, contentType, basicUser, authorization);
    }

    /** The same request without -u credentials (curl does not send them to another host, port or scheme). */
    CurlRequestPlan withoutCredentials() {
        return new CurlRequestPlan(method, body, customHeaders, userAgent, sendAccept, contentType, null, null);
    }

    /** The header lines for a request to {@code url}: Host, User-Agent, Accept, -H ones, then the body's. */
    List<String[]> headerLines(HttpUrl url) {
        List<String[]> lines = new ArrayList<>();
        String[] customHost = customHeaders.stream().filter(h -> h[0].equalsIgnoreCase("Host")).findFirst().orElse(null);
        lines.add(customHost != null ? customHost : new String[]{"Host", hostHeader(url)});
        if (authorization != null) lines.add(new String[]{"Authorization", authorization});
        if (userAgent != null) lines.add(new String[]{"User-Agent", userAgent});
        if (sendAccept) lines.add(new String[]{"Accept", "*/*"});
        for (String[] h : customHeaders) {
            if (h != customHost) lines.add(h);
        }
        if (body != null) {
            lines.add(new String[]{"Content-Length", Integer.toString(body.length)});
            if (contentType != null) lines.add(new String[]{"Content-Type", contentType});
        }
        return lines;
    }

    static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }
}
