package io.fpsh.net.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads HTTP/1.x requests off one connection: request line, headers, and a Content-Length or chunked body. */
final class HttpRequestReader {

    /** The request could not be parsed; the server answers 400 and closes. */
    static final class BadRequestException extends IOException {
        BadRequestException(String message) {
            super(message);
        }
    }

    private static final int MAX_LINE = 8192;
    private static final int MAX_HEADERS = 100;
    private static final int MAX_BODY = 10 * 1024 * 1024;

    private final InputStream in;

    HttpRequestReader(InputStream in) {
        this.in = in;
    }

    /** The next request, or empty when the client closed the connection between requests. */
    Optional<ReceivedRequest> next() throws IOException {
        int first = in.read();
        if (first < 0) {
            return Optional.empty();
        }
        // A request starts with a method token; anything else (a TLS ClientHello, binary junk) is refused at once,
        // without waiting for a line end that may never come.
        if (first < 'A' || first > 'Z') {
            throw new BadRequestException("request does not start with a method");
        }
        String requestLine = (char) first + readLine();
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new BadRequestException("bad request line '" + requestLine + "'");
        }
        List<Header> headers = new ArrayList<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon <= 0 || headers.size() >= MAX_HEADERS) {
                throw new BadRequestException("bad header line '" + line + "'");
            }
            headers.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        ReceivedRequest headOnly = new ReceivedRequest(parts[0], parts[1], parts[2], headers, new byte[0]);
        byte[] body = readBody(headOnly);
        return Optional.of(new ReceivedRequest(parts[0], parts[1], parts[2], headers, body));
    }

    private byte[] readBody(ReceivedRequest request) throws IOException {
        if (request.header("Transfer-Encoding").map(v -> v.toLowerCase(java.util.Locale.ROOT).contains("chunked")).orElse(false)) {
            return readChunked();
        }
        Optional<String> length = request.header("Content-Length");
        if (length.isEmpty()) {
            return new byte[0];
        }
        int size;
        try {
            size = Integer.parseInt(length.get());
        } catch (NumberFormatException e) {
            throw new BadRequestException("bad Content-Length '" + length.get() + "'");
        }
        if (size < 0 || size > MAX_BODY) {
            throw new BadRequestException("unacceptable Content-Length " + size);
        }
        byte[] body = in.readNBytes(size);
        if (body.length < size) {
            throw new IOException("connection closed inside the request body");
        }
        return body;
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new BadRequestException("bad chunk size '" + sizeLine + "'");
            }
            if (size < 0 || body.size() + size > MAX_BODY) {
                throw new BadRequestException("unacceptable chunk size " + size);
            }
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailers are read and ignored
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new IOException("connection closed inside a chunk");
            }
            body.write(chunk);
            readLine();
        }
    }

    /** One line without its CRLF (a bare LF is accepted too). */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed inside a request");
            }
            if (b == '\n') {
                break;
            }
            if (line.size() >= MAX_LINE) {
                throw new BadRequestException("request line or header too long");
            }
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
