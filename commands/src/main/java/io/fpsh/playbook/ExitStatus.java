package io.fpsh.playbook;

import java.util.Collection;

/**
 * {@code fpsh run}'s exit status: 0 nothing worse than WARN, 1 a FAIL anywhere, 2 a usage error or a playbook that
 * cannot load (decided before anything runs), 3 a device could not be judged (ERROR, TIMEOUT, UNREACHABLE) and
 * nothing failed. BLOCKED always stands beside what blocked it, so it decides nothing on its own.
 */
public final class ExitStatus {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int UNDETERMINED = 3;

    private ExitStatus() {}

    public static int of(Collection<DeviceRun> runs) {
        boolean failed = false;
        boolean undetermined = false;
        for (DeviceRun run : runs) {
            for (StepResult step : run.steps()) {
                failed |= step.verdict() == Verdict.FAIL;
                undetermined |= step.verdict().undetermined();
            }
        }
        return failed ? FINDINGS : undetermined ? UNDETERMINED : OK;
    }
}
