package io.fpsh.shell;

import io.fpsh.device.TargetException;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.teach.Lesson;
import io.fpsh.teach.LessonText;

/** {@code fpsh lab show NAME|FILE}: a lab's lesson as a student is told it, without its solution. */
final class LessonShow {
    private LessonShow() {}

    static String text(String nameOrFile) throws FpshException {
        LabFile lab;
        try {
            lab = LabDevices.read(nameOrFile);
        } catch (TargetException e) {
            throw FpshException.usage(e.getMessage());
        }
        return Lesson.of(lab).map(lesson -> LessonText.show(lesson) + LessonText.seed(lab))
                .orElseGet(() -> lab.name() + (lab.description() == null ? "" : ": " + lab.description())
                        + "\nThis lab has no teaching part: no story, objectives or hints.\n");
    }
}
