package io.fpsh.net.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/** Writes a route's response byte for byte, filling the {date} and {length} placeholders. */
final class HttpResponseWriter {

    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static final byte[] BAD_REQUEST = ("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
            + "Connection: close\r\n\r\nBad Request").getBytes(StandardCharsets.US_ASCII);

    private final Supplier<Instant> clock;

    HttpResponseWriter(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /**
     * Sends the response; {@code withBody} is false for HEAD. Returns whether the connection may stay open:
     * only when the response is self-delimiting and does not say {@code Connection: close}.
     */
    boolean write(OutputStream out, HttpRoute route, boolean withBody) throws IOException {
        String date = HTTP_DATE.format(clock.get());
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(("HTTP/1.1 " + route.status() + " " + route.reason() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        boolean delimited = false;
        boolean closeAsked = false;
        for (Header header : route.headers()) {
            String value = header.value().replace(HttpRoute.DATE, date).replace(HttpRoute.LENGTH, Integer.toString(route.bodyLength()));
            head.writeBytes((header.name() + ": " + value + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            delimited |= header.name().equalsIgnoreCase("Content-Length") || header.name().equalsIgnoreCase("Transfer-Encoding");
            closeAsked |= header.name().equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close");
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.write(head.toByteArray());
        boolean bodyless = !withBody || route.status() == 204 || route.status() == 304 || route.status() < 200;
        if (!bodyless) {
            out.write(route.bodyBytes());
        }
        out.flush();
        return (delimited || bodyless) && !closeAsked;
    }
}
