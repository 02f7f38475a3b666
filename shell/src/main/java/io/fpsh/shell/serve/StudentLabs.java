package io.fpsh.shell.serve;

import io.fpsh.device.TargetException;
import io.fpsh.lab.LabException;
import io.fpsh.lab.LabFile;
import io.fpsh.lab.LabSeed;
import io.fpsh.sim.run.LabDevices;

import java.util.OptionalLong;

/**
 * The lab a classroom student gets, drawn from their seed (the lab's {@code variables:}, issue 12 §1): the one place
 * a student's own values come from, so two students' answers differ and a restarted server gives a student the same
 * lab again.
 */
@FunctionalInterface
interface StudentLabs {

    LabFile draw(long seed) throws TargetException;

    /** {@code labSpec} ({@code lab:NAME|FILE}) drawn from each student's seed; a seed in the spec is refused. */
    static StudentLabs of(String labSpec) throws ServeException {
        String lab = labSpec.startsWith("lab:") ? labSpec.substring(4) : labSpec;
        try {
            if (LabSeed.target(lab).seed().isPresent()) {
                throw new ServeException("--classroom draws a seed per student: give --lab without " + LabSeed.SUFFIX + "N");
            }
        } catch (LabException e) {
            throw new ServeException(e.getMessage());
        }
        return seed -> LabDevices.read(lab, OptionalLong.of(seed));
    }
}
