package io.fpsh.net.server;

import java.util.Objects;

/** One HTTP header line, name spelled exactly as it goes on the wire. */
public record Header(String name, String value) {

    public Header {
        Objects.requireNonNull(name, "header name");
        Objects.requireNonNull(value, "header value of " + name);
        if (name.isEmpty() || name.contains(":") || name.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
            throw new IllegalArgumentException("bad HTTP header name '" + name + "'");
        }
        if (value.contains("\r") || value.contains("\n")) {
            throw new IllegalArgumentException("HTTP header " + name + " has a line break in its value");
        }
    }
}
