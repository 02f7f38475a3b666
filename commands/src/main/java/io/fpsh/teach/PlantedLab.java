package io.fpsh.teach;

import io.fpsh.lab.LabFile;
import io.fpsh.probe.ModelAnswers;

/**
 * A lab device as a lesson drives it: the lab it was planted from, its state as the probes' model answers, and the
 * way back to the planted state. A target that is not a lab has none ({@code Device#feature}).
 */
public interface PlantedLab {

    /** The lab as loaded, its {@code teaching} part included. */
    LabFile lab();

    /** The device's state now, as the probes read it: instant, no history line, no wait on a dead server. */
    ModelAnswers model();

    /**
     * Puts the device back as the lab planted it, at once: configuration, daemons, files written since, and (on a
     * device with a clock of its own) lab time. The sessions on it stay open, each in its mode.
     */
    void resetToPlanted();
}
