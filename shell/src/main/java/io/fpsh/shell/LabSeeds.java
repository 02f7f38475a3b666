package io.fpsh.shell;

import io.fpsh.lab.LabException;
import io.fpsh.lab.LabSeed;

/** {@code --seed N} and {@code --seeds A..B} as the shell's commands read them: a bad one is a usage error. */
final class LabSeeds {
    private LabSeeds() {}

    /** {@code lab} drawn from the seed {@code text} given as {@code option}. */
    static String withSeed(String lab, String option, String text) throws FpshException {
        try {
            return LabSeed.withSeed(lab, LabSeed.parse(option, text));
        } catch (LabException e) {
            throw FpshException.usage(e.getMessage());
        }
    }

    /** The seeds {@code text} names: one ({@code single}), or {@code A..B} or one. */
    static long[] range(String option, String text, boolean single) throws FpshException {
        try {
            return single ? new long[] {LabSeed.parse(option, text)} : LabSeed.range(option, text);
        } catch (LabException e) {
            throw FpshException.usage(e.getMessage());
        }
    }
}
