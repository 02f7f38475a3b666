package io.fpsh.probe;

import java.util.List;

/**
 * A probe's answer: the record when the state was read ({@link ProbeStatus#OK}), otherwise a one-line error; always
 * with its evidence (null only where nothing was sent, e.g. a model answer or a usage error before sending).
 */
public record ProbeResult(String probe, List<String> arguments, String target, ProbeStatus status, Record record,
                          String error, Evidence evidence) {

    public boolean ok() {
        return status == ProbeStatus.OK;
    }
}
