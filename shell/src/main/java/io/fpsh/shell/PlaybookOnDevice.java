package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookSession;
import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.Step;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.report.TextReport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One playbook on one open device as {@code fpsh run} and {@code :run} show it: each step's line as it completes,
 * then the findings and the verdict ({@link TextReport}).
 */
final class PlaybookOnDevice {
    private PlaybookOnDevice() {}

    static DeviceReport run(Plan plan, Device device, Credentials credentials, RunOptions options,
                            PlaybookSession.FixApproval approval, TextReport text, PrintStream out) {
        try (DeviceDriver driver = new DeviceDriver(device, credentials)) {
            TargetSession target = new TargetSession(driver, options.params(), options.commandTimeout());
            DeviceReport report = PlaybookSession.run(plan, target, options, approval, step -> {
                out.print(text.step(step));
                out.flush();
            });
            out.print(text.summary(report));
            out.flush();
            return report;
        }
    }

    /** A device that could not be reached: every step UNREACHABLE with why, printed as a run would print it. */
    static DeviceReport unreachable(Plan plan, String target, String why, TextReport text, PrintStream out) {
        List<StepResult> steps = new ArrayList<>();
        for (Step step : plan.steps()) {
            steps.add(new StepResult(step.id(), step.title(), step.hop(), Verdict.UNREACHABLE, why, List.of(),
                    List.of(), 0, null));
        }
        Verdict verdict = steps.isEmpty() ? Verdict.UNREACHABLE : Verdict.worstOf(steps.stream().map(StepResult::verdict).toList());
        DeviceReport report = DeviceReport.unfixed(new DeviceRun(plan.name(), target, verdict, steps, 0));
        out.print(text.device(report));
        out.flush();
        return report;
    }
}
