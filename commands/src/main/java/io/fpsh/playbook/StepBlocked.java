package io.fpsh.playbook;

/** A step said what it checks lies past a broken hop, so it cannot tell ({@code blocked 'why'}). */
final class StepBlocked extends RuntimeException {
    StepBlocked(String reason) {
        super(reason, null, false, false);
    }
}
