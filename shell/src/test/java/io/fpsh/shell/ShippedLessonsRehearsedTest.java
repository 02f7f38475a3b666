package io.fpsh.shell;

import io.fpsh.sim.run.LabDevices;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 12's "for every shipped lab, {@code fpsh lab test NAME} passes": the rehearsal run in this JVM on every lab of
 * the INDEX. A lab that has no teaching part, or whose rehearsal breaks, is named with the step that broke, all at
 * once, so an author sees every lab left to do.
 */
class ShippedLessonsRehearsedTest {

    @Test
    void everyShippedLabsLessonIsRehearsedToTheEnd() {
        List<String> broken = new ArrayList<>();
        for (LabDevices.ShippedLab lab : LabDevices.shipped()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            try {
                int status = new LessonRehearsal(new PrintWriter(out), new PrintWriter(err)).run(lab.name());
                if (status != LessonRehearsal.PASSED) {
                    broken.add(err.toString().strip());
                } else if (!out.toString().endsWith(lab.name() + ": passed.\n")) {
                    broken.add(lab.name() + ": passed without saying so: " + out);
                }
            } catch (FpshException e) {
                broken.add(lab.name() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), broken, "labs whose fpsh lab test fails");
    }
}
