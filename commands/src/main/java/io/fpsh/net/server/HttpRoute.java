package io.fpsh.net.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A canned HTTP answer. The headers go out exactly as listed (names, order, repeats); two placeholders in a value
 * are filled per response: {@value #DATE} with the lab clock as an RFC 1123 date ({@code Fri, 14 Mar 2025 09:26:53 GMT})
 * and {@value #LENGTH} with the body length. A response without Content-Length or Transfer-Encoding ends by
 * closing the connection, as HTTP/1.1 prescribes.
 *
 * @param method  the request method this route answers, or {@code null} for any (HEAD also matches a GET route)
 * @param path    the request path; matched against the target with and without its query string; a trailing
 *                {@code *} matches any path with that prefix
 * @param status  the status code
 * @param reason  the reason phrase
 * @param headers the response headers, in order
 * @param body    the response body (may be empty)
 */
public record HttpRoute(String method, String path, int status, String reason, List<Header> headers, byte[] body) {

    public static final String DATE = "{date}";
    public static final String LENGTH = "{length}";

    public HttpRoute {
        Objects.requireNonNull(path, "route path");
        Objects.requireNonNull(reason, "reason phrase");
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("bad HTTP status " + status);
        }
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    /** A route with {@code Date}, {@code Content-Type} and {@code Content-Length} headers and a text body. */
    public static HttpRoute text(String method, String path, int status, String reason, String contentType, String body) {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Date", DATE));
        headers.add(new Header("Content-Type", contentType));
        headers.add(new Header("Content-Length", LENGTH));
        return new HttpRoute(method, path, status, reason, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    int bodyLength() {
        return body.length;
    }

    byte[] bodyBytes() {
        return body; // internal, read-only use
    }

    /** Whether this route answers {@code method} on {@code target} (path plus optional query). */
    boolean matches(String requestMethod, String target) {
        if (method != null && !method.equals(requestMethod) && !("HEAD".equals(requestMethod) && "GET".equals(method))) {
            return false;
        }
        int query = target.indexOf('?');
        String pathOnly = query < 0 ? target : target.substring(0, query);
        if (path.endsWith("*")) {
            return pathOnly.startsWith(path.substring(0, path.length() - 1));
        }
        return path.equals(target) || path.equals(pathOnly);
    }
}
