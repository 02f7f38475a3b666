package io.fpsh.playbook;

/** A step said it does not apply to this target ({@code skip 'why'}). */
final class StepSkipped extends RuntimeException {
    StepSkipped(String reason) {
        super(reason, null, false, false);
    }
}
