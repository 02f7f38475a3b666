package io.fpsh.playbook;

/**
 * What a playbook can find, declared once with the playbook (a catalogue entry): the id labs plant and reports name,
 * what is wrong, its impact, whether it fails the device or only warns, and the guide's section it comes from.
 */
public record FindingKind(String id, String title, String impact, Verdict verdict, String guide) {

    public FindingKind {
        if (verdict != Verdict.FAIL && verdict != Verdict.WARN) {
            throw new IllegalArgumentException("finding " + id + ": a finding fails or warns, not " + verdict);
        }
    }
}
