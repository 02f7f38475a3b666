package io.fpsh.tools.nslookup;

import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.fpsh.net.dns.IpLiteral;

/**
 * How the emulated BIND release words its client errors. BIND 9.17+ (netmgr) prints one "communications error"
 * line per failed try and then "no servers could be reached" (recorded from 9.18.49); 9.16 and older print only
 * ";; connection timed out; no servers could be reached" (as in the Cisco guide's expert-mode nslookup).
 */
public enum BindDialect {
    BIND_9_18,
    BIND_9_11;

    private static final Pattern VERSION = Pattern.compile("^\\s*(\\d+)\\.(\\d+)");

    /** The dialect of a BIND version string such as "9.18.49-1~deb12u3-Debian" or "9.11.4-P2". */
    public static BindDialect forVersion(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        if (!m.find()) return BIND_9_18;
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > 9 || (major == 9 && minor >= 17) ? BIND_9_18 : BIND_9_11;
    }

    /** The line printed after one try ran into its timeout, if this release prints one. */
    Optional<String> tryTimedOut(InetAddress server, int port) {
        return this == BIND_9_18
                ? Optional.of(";; communications error to " + endpoint(server, port) + ": timed out")
                : Optional.empty();
    }

    /**
     * The line printed after one try met an ICMP port unreachable. Unverified for 9.11: it is assumed to stay
     * silent per try there, like a timeout, and only print its final line.
     */
    Optional<String> tryRefused(InetAddress server, int port) {
        return this == BIND_9_18
                ? Optional.of(";; communications error to " + endpoint(server, port) + ": connection refused")
                : Optional.empty();
    }

    Optional<String> tryFailed(InetAddress server, int port, String reason) {
        return this == BIND_9_18
                ? Optional.of(";; communications error to " + endpoint(server, port) + ": " + reason)
                : Optional.empty();
    }

    /** The line printed once every try on every server failed. */
    String noServersReached() {
        return this == BIND_9_18
                ? ";; no servers could be reached"
                : ";; connection timed out; no servers could be reached";
    }

    static String endpoint(InetAddress server, int port) {
        return IpLiteral.format(server) + "#" + port;
    }
}
