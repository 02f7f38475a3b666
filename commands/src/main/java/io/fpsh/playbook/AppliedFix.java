package io.fpsh.playbook;

/**
 * One fix command as {@code --fix} handled it.
 *
 * @param outcome APPLIED, DECLINED (the user said no), REFUSED (the change guard or a missing --allow-changes),
 *                FAILED (the device said no: its one line in {@code message})
 */
public record AppliedFix(String finding, FixCommand command, Outcome outcome, String message) {

    public enum Outcome { APPLIED, DECLINED, REFUSED, FAILED }
}
