package io.fpsh.playbook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Runs {@code plan}; with {@code --fix}, applies the findings' fixes ({@link FixApplier}) and, when any was
     * applied, runs the whole plan again on what the device now says (every probe read afresh: a fix of one hop
     * can change the verdicts of the hops after it, and a plan is a few seconds). The report's verdicts are those
     * of the run after; a finding of the run before that the run after no longer raises shows as FIXED.
     * {@code approval} is asked before each command with {@code --fix} alone; {@code progress} sees both runs' steps.
     */
    public static DeviceReport run(Plan plan, TargetSession target, RunOptions options, FixApproval approval,
                                   Consumer<StepResult> progress) {
        Instant deadline = Instant.now().plus(options.deviceBudget());
        DeviceRun before = PlaybookRunner.run(plan, target, options.deviceBudget(), progress);
        if (options.fix() == RunOptions.FixMode.NONE || before.findings().stream().allMatch(f -> f.fix().isEmpty())) {
            return DeviceReport.unfixed(before);
        }
        List<AppliedFix> fixes = new FixApplier(target, options, approval).apply(before.findings(), deadline);
        if (fixes.stream().noneMatch(fix -> fix.outcome() == AppliedFix.Outcome.APPLIED)) {
            return new DeviceReport(before.target(), before, null, fixes);
        }
        target.forget();
        Duration left = Duration.between(Instant.now(), deadline);
        DeviceRun after = PlaybookRunner.run(plan, target, left.isNegative() ? Duration.ZERO : left, progress);
        return new DeviceReport(before.target(), withFixed(before, after), before, fixes);
    }

    /**
     * The run after with the findings of the run before that it no longer raises, as FIXED, on their steps: only
     * where that step judged again (PASS, WARN or FAIL), since a finding that went unseen is not fixed.
     */
    static DeviceRun withFixed(DeviceRun before, DeviceRun after) {
        List<StepResult> steps = new ArrayList<>();
        for (StepResult step : after.steps()) {
            boolean judged = step.verdict() == Verdict.PASS || step.verdict() == Verdict.WARN
                    || step.verdict() == Verdict.FAIL;
            List<Finding> findings = new ArrayList<>(step.findings());
            if (judged) {
                before.findings().stream()
                        .filter(old -> old.step().equals(step.id()))
                        .filter(old -> step.findings().stream().noneMatch(now -> now.id().equals(old.id())))
                        .forEach(old -> findings.add(old.asFixed()));
            }
            steps.add(new StepResult(step.id(), step.title(), step.hop(), step.verdict(), step.reason(), findings,
                    step.evidence(), step.durationMicros(), step.location()));
        }
        return new DeviceRun(after.playbook(), after.target(), after.verdict(), steps, after.durationMicros());
    }
}
