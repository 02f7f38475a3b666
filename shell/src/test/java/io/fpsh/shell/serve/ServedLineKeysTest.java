package io.fpsh.shell.serve;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.teach.LessonTrail;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code fpsh serve}'s line editor typed key by key on the tutorial lab's device (what {@code fpsh lab test} does
 * with a solution line holding a TAB): TAB completes through the served completion and that is a step walked; a TAB
 * that fits nothing, or a word typed whole, is not.
 */
class ServedLineKeysTest {

    @Test
    void tabAndQuestionMarkInTheServedEditorAreStepsOnTheDevicesTrail() throws Exception {
        LabFile lab = LabDevices.read("ftd01-tutorial");
        try (SimulatedFtd ftd = new SimulatedFtd(lab, new LabClock(lab.clock().start(), false))) {
            LessonTrail trail = ftd.feature(LessonTrail.class).orElseThrow();
            assertEquals("show version", ServedLineKeys.line(ftd, "show version"));
            assertEquals("show qq", ServedLineKeys.line(ftd, "show qq\t"), "nothing fits: the bell, the line as typed");
            assertEquals(Set.of(), trail.progress().walked());
            assertEquals("show network", ServedLineKeys.line(ftd, "show netw\t"), "grown to the common part");
            assertEquals(Set.of(LessonTrail.Step.COMPLETION), trail.progress().walked());
            assertEquals("show ", ServedLineKeys.line(ftd, "show ?"), "? lists, and the line stays as it was");
            assertEquals(Set.of(LessonTrail.Step.COMPLETION, LessonTrail.Step.HELP), trail.progress().walked());
        }
    }
}
