package io.fpsh.lab.capture;

import io.fpsh.probe.ProbeResult;

import java.time.Instant;
import java.util.List;

/**
 * What {@code fpsh lab capture} read on a device, as the probes gave it: one result per probe (OK or not, with its
 * one-line error), then each DNS server's answers for each SSE host and each SSE host's answer on 443. Data only;
 * {@link CapturedLab} turns it into a lab.
 *
 * @param target     where it was read ({@code ssh://admin@10.0.0.5}), secrets masked
 * @param capturedAt the runner's time when the reading began
 * @param banner     what the device printed at login (the FX-OS/OS and product lines); empty when none
 * @param probes     the single probes by name: show-version, show-network, show-managers, resolv-conf, clock,
 *                   connector-properties, pmtool, netstat, lsof, connector-log, action-queue-log
 */
public record DeviceReading(String target, Instant capturedAt, String banner, java.util.Map<String, ProbeResult> probes,
                            List<Lookup> lookups, List<Reach> reaches) {

    public DeviceReading {
        probes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(probes));
        lookups = List.copyOf(lookups);
        reaches = List.copyOf(reaches);
    }

    /**
     * One SSE host asked of one DNS server: {@code quick} with a one-second wait; {@code patient} only when the quick
     * one timed out, asked again with a wait longer than the device's own (a slow server is told from a dead one).
     */
    public record Lookup(String server, boolean configured, String host, ProbeResult quick, ProbeResult patient) {}

    /**
     * One SSE host on 443: {@code insecure} is curl with {@code -k} (the certificate and status even for an untrusted
     * chain), {@code verified} is curl with the connector's CA ({@code --cacert}, null when the first never got TLS).
     */
    public record Reach(String host, String url, ProbeResult insecure, ProbeResult verified) {}

    /** The probe's record when it was read, else null. */
    public <R extends Record> R record(String probe, Class<R> type) {
        ProbeResult result = probes.get(probe);
        return result != null && result.ok() && type.isInstance(result.record()) ? type.cast(result.record()) : null;
    }

    /** Every probe that could not read its state, as {@code probe ARGS: error}, in the order they ran. */
    public List<String> notRead() {
        List<String> lines = new java.util.ArrayList<>();
        probes.values().forEach(result -> note(result, lines));
        for (Lookup lookup : lookups) {
            note(lookup.quick(), lines);
            note(lookup.patient(), lines);
        }
        for (Reach reach : reaches) {
            note(reach.insecure(), lines);
            note(reach.verified(), lines);
        }
        return lines;
    }

    private static void note(ProbeResult result, List<String> lines) {
        if (result != null && !result.ok()) {
            String args = result.arguments().isEmpty() ? "" : " " + String.join(" ", result.arguments());
            String error = result.error() == null ? result.status().name() : result.error().lines().findFirst().orElse("");
            lines.add(error.startsWith(result.probe() + ":") ? error : result.probe() + args + ": " + error);
        }
    }
}
