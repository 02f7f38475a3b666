package io.fpsh.playbook;

import java.util.List;

/**
 * One thing found wrong on one device: its kind (id, title, impact, verdict, guide section), expected against
 * actual, and the fix as the exact commands (empty when only a person elsewhere can fix it: a firewall, a portal).
 *
 * @param step  the step that found it
 * @param fixed true when {@code --fix} applied the fix and the run after it no longer finds it
 */
public record Finding(FindingKind kind, String step, String expected, String actual, List<FixCommand> fix,
                      boolean fixed) {

    public Finding {
        fix = List.copyOf(fix);
    }

    public String id() {
        return kind.id();
    }

    /** FAIL or WARN while open; a fixed finding counts as neither. */
    public Verdict verdict() {
        return fixed ? Verdict.PASS : kind.verdict();
    }

    public Finding asFixed() {
        return new Finding(kind, step, expected, actual, fix, true);
    }
}
