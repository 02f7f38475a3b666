package io.fpsh.net.server;

import java.util.List;
import java.util.Optional;

/** A request a lab HTTP server read, kept so tests and scenarios can see what the client sent. */
public record ReceivedRequest(String method, String target, String version, List<Header> headers, byte[] body) {

    public ReceivedRequest {
        headers = List.copyOf(headers);
        body = body.clone();
    }

    /** The first header with this name, case-insensitively. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
