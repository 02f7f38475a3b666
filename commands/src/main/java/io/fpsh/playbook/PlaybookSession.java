package io.fpsh.playbook;

import java.util.function.Consumer;

/**
 * One playbook on one device, the way every front end runs it ({@code fpsh run}, {@code :run}, a fleet's worker):
 * the plan's steps, then with {@code --fix} the fixes and the run after them.
 */
public final class PlaybookSession {
    private PlaybookSession() {}

    /** Asks whether to apply one fix command ({@code --fix} on a terminal); {@code --fix --yes} approves all. */
    @FunctionalInterface
    public interface FixApproval {
        boolean approve(Finding finding, FixCommand command);
    }

    public static DeviceReport run(Plan plan, TargetSession target, RunOptions options, FixApproval approval,
                                   Consumer<StepResult> progress) {
        DeviceRun run = PlaybookRunner.run(plan, target, options.deviceBudget(), progress);
        // --fix: applying, re-running and FIXED come with the fix slice
        return DeviceReport.unfixed(run);
    }
}
