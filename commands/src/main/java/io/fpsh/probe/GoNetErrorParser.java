package io.fpsh.probe;

import io.fpsh.ftd.ConnectorLog.GoNetError;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a Go network or TLS error in a log message and takes it apart: Go's net package prints
 * {@code dial tcp: lookup HOST on SERVER:53: CAUSE}, {@code dial tcp ADDRESS:PORT: CAUSE},
 * {@code read tcp LOCAL->REMOTE: CAUSE}; crypto/x509 and crypto/tls print {@code x509: ...} and {@code tls: ...}.
 */
final class GoNetErrorParser {
    private static final Pattern LOOKUP = Pattern.compile("dial tcp: lookup (\\S+?)(?: on (\\S+))?: (.*)$");
    private static final Pattern DIAL = Pattern.compile("dial tcp (\\S+): (.*)$");
    private static final Pattern READ = Pattern.compile("(?:read|write) tcp \\S+->(\\S+): (.*)$");
    private static final Pattern TLS = Pattern.compile("(?:x509|tls): (.*)$");

    private GoNetErrorParser() {}

    /** The first of those shapes in {@code message}; null when it has none. */
    static GoNetError find(String message) {
        Matcher m = LOOKUP.matcher(message);
        if (m.find()) {
            return new GoNetError("lookup", m.group(1), m.group(2), null, innermost(m.group(3)));
        }
        m = DIAL.matcher(message);
        if (m.find()) {
            return new GoNetError("dial", null, null, m.group(1), innermost(m.group(2)));
        }
        m = READ.matcher(message);
        if (m.find()) {
            return new GoNetError("read", null, null, m.group(1), innermost(m.group(2)));
        }
        m = TLS.matcher(message);
        if (m.find()) {
            return new GoNetError("tls", null, null, null, m.group(1));
        }
        return null;
    }

    /**
     * The reason at the end of a chain of wrapped errors: {@code i/o timeout} of
     * {@code read udp 192.0.2.27:40123->192.0.2.10:53: i/o timeout}, {@code connection timed out} of
     * {@code getsockopt: connection timed out}.
     */
    private static String innermost(String chain) {
        int last = chain.lastIndexOf(": ");
        return last < 0 ? chain : chain.substring(last + 2);
    }
}
