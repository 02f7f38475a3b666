package io.fpsh.shell.serve;

import io.fpsh.device.TargetException;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.run.LabDevices;

/**
 * The lab a classroom student gets, drawn from their seed: the one place a student's own variables come from, so
 * two students' answers differ and a restarted server gives a student the same lab again.
 */
@FunctionalInterface
interface StudentLabs {

    LabFile draw(long seed) throws TargetException;

    /** {@code labSpec} ({@code lab:NAME|FILE}) drawn from the seed. */
    static StudentLabs of(String labSpec) {
        String lab = labSpec.startsWith("lab:") ? labSpec.substring(4) : labSpec;
        // [UNVERIFIED seam] until labs draw their variables from a seed (issue 12 §1), every seed gives the lab as written
        return seed -> LabDevices.read(lab);
    }
}
