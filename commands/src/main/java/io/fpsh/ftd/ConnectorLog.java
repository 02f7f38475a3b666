package io.fpsh.ftd;

import java.time.Instant;
import java.util.List;

/** The SSE connector's log ({@code /ngfw/var/log/connector/connector.log}): its last entries, oldest first. */
public record ConnectorLog(List<Entry> entries) {

    public ConnectorLog {
        entries = List.copyOf(entries);
    }

    /**
     * One logrus line, {@code time="..." level=error msg="[HOSTNAME][SOURCE FUNCTION] MESSAGE"}. A line in another
     * shape keeps only its text, as {@code message}, and the error found in it.
     *
     * @param time     the entry's time (its offset applied); null for a line without one
     * @param level    {@code info}, {@code warning}, {@code error}...; null likewise
     * @param hostname the first bracket of the message: the device's name as the connector knows it
     * @param source   the Go file and line that logged it, e.g. {@code events.go:90}
     * @param function the Go function, e.g. {@code events:connectWebSocket}
     * @param message  the message after the brackets (all of msg when it has none), passwords masked as in the evidence
     * @param error    the network or TLS error the message reports; null when it reports none of those shapes
     */
    public record Entry(Instant time, String level, String hostname, String source, String function, String message,
                        GoNetError error) {}

    /**
     * A Go network error, as the connector prints it, taken apart.
     *
     * @param operation {@code lookup} (a name did not resolve), {@code dial} (TCP connect failed), {@code read} (an
     *                  open connection timed out or failed) or {@code tls} (an x509 or TLS error)
     * @param host      the name looked up ({@code lookup}); null otherwise
     * @param dnsServer the server that was asked, e.g. {@code 192.0.2.10:53} ({@code lookup}, when printed)
     * @param address   the remote {@code address:port} dialled or read from ({@code dial}, {@code read})
     * @param cause     the innermost reason: {@code i/o timeout}, {@code connection timed out}, {@code no such host},
     *                  {@code certificate signed by unknown authority}...
     */
    public record GoNetError(String operation, String host, String dnsServer, String address, String cause) {}
}
