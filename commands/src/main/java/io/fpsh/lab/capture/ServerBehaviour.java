package io.fpsh.lab.capture;

import io.fpsh.probe.DnsLookup;
import io.fpsh.probe.ProbeResult;

import java.util.List;
import java.util.Objects;

/**
 * How one DNS server treated the SSE hosts, in a lab's words ({@code network.dnsServers.behaviour}): {@code silent}
 * (no answer even when waited for), {@code slow} (an answer only after the quick wait, {@code delayMs} as measured),
 * {@code servfail} or {@code refused} (for every host), else {@code answer} (a name's own NXDOMAIN or SERVFAIL is the
 * host's, not the server's).
 */
record ServerBehaviour(String name, Integer delayMs) {
    private static final int MAX_DELAY_MS = 60_000;

    static ServerBehaviour of(List<DeviceReading.Lookup> lookups) {
        List<DnsLookup> answers = lookups.stream().map(CapturedLab::answered).filter(Objects::nonNull).toList();
        if (answers.isEmpty()) {
            return new ServerBehaviour("answer", null); // nothing read: the base's behaviour, said as not read
        }
        if (DnsLookup.TIMEOUT.equals(answers.get(answers.size() - 1).status())) {
            return new ServerBehaviour("silent", null);
        }
        Integer delay = lookups.stream().map(DeviceReading.Lookup::patient).filter(Objects::nonNull)
                .map(ServerBehaviour::delayMs).filter(Objects::nonNull).findFirst().orElse(null);
        if (delay != null) {
            return new ServerBehaviour("slow", delay);
        }
        if (answers.stream().allMatch(a -> "SERVFAIL".equals(a.status()))) {
            return new ServerBehaviour("servfail", null);
        }
        if (answers.stream().allMatch(a -> "REFUSED".equals(a.status()))) {
            return new ServerBehaviour("refused", null);
        }
        return new ServerBehaviour("answer", null);
    }

    /** How long an answer given only to the patient lookup took, to the 100 ms (what its evidence measured). */
    private static Integer delayMs(ProbeResult patient) {
        if (!patient.ok() || patient.evidence() == null || patient.evidence().durationMicros() <= 0
                || !(patient.record() instanceof DnsLookup answer) || DnsLookup.TIMEOUT.equals(answer.status())) {
            return null;
        }
        long ms = Math.round(patient.evidence().durationMicros() / 100_000.0) * 100;
        return (int) Math.max(100, Math.min(MAX_DELAY_MS, ms));
    }
}
