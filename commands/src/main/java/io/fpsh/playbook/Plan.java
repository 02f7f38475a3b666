package io.fpsh.playbook;

import java.util.List;
import java.util.Optional;

/**
 * A playbook as data, what a script's declarations build: its name, one-line summary, the findings it can report
 * and its steps in order. A plan that includes others holds their findings and steps too.
 */
public record Plan(String name, String summary, List<FindingKind> findings, List<Step> steps) {

    public Plan {
        findings = List.copyOf(findings);
        steps = List.copyOf(steps);
    }

    public Optional<FindingKind> finding(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
