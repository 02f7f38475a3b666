package io.fpsh.playbook.report;

/**
 * One difference between two runs, as {@code fpsh report diff} lists it.
 *
 * @param target the device; null for a change of the run itself (its playbook)
 * @param step   the step; null for a device's change
 * @param detail the finding's id and title for a finding's change; null otherwise
 * @param before the verdict (or playbook) before; null when there was none
 * @param after  the verdict (or playbook) after, or the finding's actual for a new one; null when gone
 */
public record ReportChange(Kind kind, String target, String step, String detail, String before, String after) {

    public enum Kind {
        PLAYBOOK, DEVICE_ADDED, DEVICE_REMOVED, DEVICE_VERDICT, STEP_ADDED, STEP_REMOVED, STEP_VERDICT,
        FINDING_NEW, FINDING_GONE, FINDING_FIXED, FINDING_REOPENED
    }
}
