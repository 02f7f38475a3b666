package io.fpsh.playbook.report;

import java.util.List;

/**
 * The text of {@code fpsh report diff}: one line per change, {@code +} added, {@code -} gone, {@code ~} changed, then
 * the device, the step, and what changed; nothing at all when the runs agree (as diff(1)).
 */
public final class ReportDiffText {
    private ReportDiffText() {}

    public static String render(List<ReportChange> changes) {
        StringBuilder text = new StringBuilder();
        for (ReportChange change : changes) {
            text.append(line(change)).append('\n');
        }
        return text.toString();
    }

    static String line(ReportChange c) {
        String where = c.target() + (c.step() == null ? "" : " " + c.step());
        return switch (c.kind()) {
            case PLAYBOOK -> "~ playbook: " + c.before() + " -> " + c.after();
            case DEVICE_ADDED -> "+ " + c.target() + ": new device (" + c.after() + ")";
            case DEVICE_REMOVED -> "- " + c.target() + ": device gone (was " + c.before() + ")";
            case DEVICE_VERDICT, STEP_VERDICT -> "~ " + where + ": " + c.before() + " -> " + c.after();
            case STEP_ADDED -> "+ " + where + ": new step (" + c.after() + ")";
            case STEP_REMOVED -> "- " + where + ": step gone (was " + c.before() + ")";
            case FINDING_NEW -> "+ " + where + ": " + c.detail() + actual(c.after());
            case FINDING_GONE -> "- " + where + ": " + c.detail();
            case FINDING_FIXED -> "~ " + where + ": " + c.detail() + " (fixed)";
            case FINDING_REOPENED -> "~ " + where + ": " + c.detail() + " (open again)" + actual(c.after());
        };
    }

    private static String actual(String actual) {
        return actual == null || actual.isEmpty() ? "" : " [" + actual.replaceAll("\\p{Cntrl}", " ") + "]";
    }
}
