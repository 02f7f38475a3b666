package io.fpsh.playbook;

import io.fpsh.probe.ProbeResult;

import java.util.List;

/**
 * What one step of one playbook said about one device.
 *
 * @param hop       the event path's hop it checked; null for none
 *
 * @param reason    one line: why BLOCKED / SKIP / ERROR / TIMEOUT / UNREACHABLE, or what PASS rests on; may be empty
 * @param findings  what it found wrong, in the order found
 * @param evidence  the probe results it read, in order (each with its own evidence: line sent, output, lines used)
 * @param location  for ERROR, the playbook's file and line ({@code dns.groovy:42}); otherwise null
 */
public record StepResult(String id, String title, Hop hop, Verdict verdict, String reason, List<Finding> findings,
                         List<ProbeResult> evidence, long durationMicros, String location) {

    public StepResult {
        findings = List.copyOf(findings);
        evidence = List.copyOf(evidence);
    }
}
