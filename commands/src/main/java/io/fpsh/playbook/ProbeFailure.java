package io.fpsh.playbook;

import io.fpsh.probe.ProbeResult;

/**
 * A probe a step needed could not read the state: the step cannot judge, and its verdict says why (TIMEOUT,
 * UNREACHABLE, ERROR for a parse error, SKIP for a probe this target does not have). Thrown out of the step's body
 * by {@link StepContext}, so a playbook's code reads records, not statuses.
 */
public final class ProbeFailure extends RuntimeException {
    private final transient ProbeResult result;

    public ProbeFailure(ProbeResult result) {
        super(result.probe() + ": " + result.error(), null, false, false);
        this.result = result;
    }

    public ProbeResult result() {
        return result;
    }

    public Verdict verdict() {
        return switch (result.status()) {
            case TIMEOUT -> Verdict.TIMEOUT;
            case UNREACHABLE -> Verdict.UNREACHABLE;
            case NOT_AVAILABLE -> Verdict.SKIP;
            case PARSE_ERROR, OK -> Verdict.ERROR;
        };
    }
}
