package io.fpsh.sim.network;

import io.fpsh.lab.LabFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the stand-ins for the systems outside a lab device ({@code :net}, issue 12 §3) have changed on its path, at one
 * moment: the firewall rules added to let HOST:PORT through, and the hosts the corporate proxy no longer TLS-inspects.
 * Data only; the lab file keeps what was planted, and every reader of the path (the lab's servers, the connector's
 * model, the probes' answers) asks this what differs.
 *
 * <p>A rule names a host by name, as the guide advises ("by URL": every address the name has, now and later), by one
 * address (that address only: the guide's warning that eventing-ingest's addresses change), or by a domain
 * ({@code *.sse.itd.cisco.com}: every name under it).
 */
public record PathChanges(List<Allow> allowed, List<String> exempted) {
    public static final PathChanges NONE = new PathChanges(List.of(), List.of());

    /** A firewall rule letting traffic to {@code host} (a name, an address or {@code *.DOMAIN}) on {@code port} through. */
    public record Allow(String host, int port) {}

    public PathChanges {
        allowed = List.copyOf(allowed);
        exempted = List.copyOf(exempted);
    }

    /** These changes and {@code rule}; the same when the rule is there already. */
    public PathChanges allow(Allow rule) {
        if (allowed.contains(rule)) {
            return this;
        }
        List<Allow> more = new ArrayList<>(allowed);
        more.add(rule);
        return new PathChanges(more, exempted);
    }

    /** These changes and {@code host} exempted from TLS inspection; the same when it is already. */
    public PathChanges exempt(String host) {
        if (exempted.contains(host)) {
            return this;
        }
        List<String> more = new ArrayList<>(exempted);
        more.add(host);
        return new PathChanges(allowed, more);
    }

    public boolean isEmpty() {
        return allowed.isEmpty() && exempted.isEmpty();
    }

    /** Whether a rule lets a connection to {@code port} of {@code address} (a name of the lab's, or null) through. */
    public boolean allows(String name, String address, int port) {
        return allowed.stream().anyMatch(rule -> rule.port() == port
                && (rule.host().equals(address) || (name != null && matches(rule.host(), name))));
    }

    /** Whether the proxy no longer inspects TLS to {@code name}. */
    public boolean exempts(String name) {
        return exempted.stream().anyMatch(pattern -> matches(pattern, name));
    }

    /** What the firewall does to port 443 of {@code address} of {@code host} now: open once a rule allows it. */
    public String tcp443(LabFile.Host host, String address) {
        return allows(host.name(), address, 443) ? "open" : host.tcp443OrDefault();
    }

    /** Whether the lab's TLS-inspecting proxy answers for {@code host} now: as planted, less the exempted hosts. */
    public boolean inspected(LabFile lab, LabFile.Host host) {
        return LabCertificates.inspected(lab, host) && !exempts(host.name());
    }

    private static boolean matches(String pattern, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        wanted = wanted.endsWith(".") ? wanted.substring(0, wanted.length() - 1) : wanted;
        return pattern.startsWith("*.") ? wanted.endsWith(pattern.substring(1)) : pattern.equals(wanted);
    }

    /**
     * A host as typed ({@code api-sse.cisco.com}, {@code https://api-sse.cisco.com/path}, {@code 198.51.100.66},
     * {@code *.sse.itd.cisco.com}) in the form rules hold it: lower case, no scheme, path, port or final dot; empty
     * when it is none of those.
     */
    public static Optional<String> host(String typed) {
        String host = typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.replaceFirst("[/?#].*$", "").replaceFirst(":\\d+$", "");
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String label = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
        // a name whose labels are all digits is an address, however it is written: 198.51.100.300 is neither
        boolean name = host.matches("(\\*\\.)?(" + label + "\\.)*" + label) && host.length() <= 253
                && !host.matches("[0-9.]+");
        boolean address = host.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                && java.util.Arrays.stream(host.split("\\.")).allMatch(part -> Integer.parseInt(part) <= 255);
        return name || address ? Optional.of(host) : Optional.empty();
    }
}
