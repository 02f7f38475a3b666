package io.fpsh.playbook;

import java.util.List;
import java.util.stream.Stream;

/** One playbook's run on one device: its steps' results in order and the device's roll-up verdict. */
public record DeviceRun(String playbook, String target, Verdict verdict, List<StepResult> steps,
                        long durationMicros) {

    public DeviceRun {
        steps = List.copyOf(steps);
    }

    /** Every finding, in the order the steps found them: the first is the first broken hop. */
    public List<Finding> findings() {
        return steps.stream().flatMap(s -> s.findings().stream()).toList();
    }

    static Verdict rollUp(List<StepResult> steps) {
        return Verdict.worstOf(steps.stream().map(StepResult::verdict).toList());
    }

    public Stream<StepResult> stepsWith(Verdict verdict) {
        return steps.stream().filter(s -> s.verdict() == verdict);
    }
}
