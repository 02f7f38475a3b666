package io.fpsh.playbook;

import java.util.List;

/**
 * One device's part of a run: the verdicts that count ({@code run}: after the fixes when {@code --fix} applied any),
 * the run before the fixes (null when none was applied) and the fixes as handled.
 */
public record DeviceReport(String target, DeviceRun run, DeviceRun beforeFixes, List<AppliedFix> fixes) {

    public DeviceReport {
        fixes = List.copyOf(fixes);
    }

    public static DeviceReport unfixed(DeviceRun run) {
        return new DeviceReport(run.target(), run, null, List.of());
    }

    public Verdict verdict() {
        return run.verdict();
    }
}
