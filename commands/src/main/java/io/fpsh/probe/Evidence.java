package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.util.List;

/**
 * What a probe's answer rests on: the line sent, in which mode, the raw output, the exit status, how long it took, and
 * which lines gave which values. Secrets are masked ({@link SecretMask}) before evidence is made.
 *
 * @param source {@code text} (the device's output, parsed) or {@code model} (a lab's state, answered directly)
 */
public record Evidence(String source, String sent, Mode mode, String output, int exitStatus, long durationMicros,
                       List<Source> lines) {

    /** One value's origin: the field, the 1-based line of the output and that line's text. */
    public record Source(String field, int line, String text) {}
}
