package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import io.fpsh.teach.CauseAnswer;
import io.fpsh.teach.Lesson;
import io.fpsh.teach.LessonTrail;
import io.fpsh.teach.Objective;
import io.fpsh.teach.PlantedLab;

import java.util.Optional;

/**
 * {@code :lab answer TEXT}: the student states the cause of a fault that no device command fixes and no device
 * output shows as such (a server's expired certificate, a zone the site's DNS server gets wrong). The answer joins
 * the lesson's trail on the device, each one counted; the lab's {@code diagnosis} objective is met once one matches an
 * accepted cause. The reply says only whether it matched, never what would have.
 */
final class LabAnswer {
    static final String WORD = "answer";

    private LabAnswer() {}

    static boolean isAnswer(String argument) {
        return argument.equals(WORD) || argument.startsWith(WORD + " ") || argument.startsWith(WORD + "\t");
    }

    /** Status 0 when the answer names the cause, 1 when not (or the lab asks for none), 2 for a usage error. */
    static int run(String argument, Session session, DeviceIo io) {
        String text = argument.substring(WORD.length()).strip();
        if (text.isEmpty()) {
            io.err().println("fpsh: usage: :lab answer TEXT (the cause you found, in a few words)");
            return 2;
        }
        Optional<PlantedLab> lab = session.device().feature(PlantedLab.class);
        if (lab.isEmpty()) {
            io.err().println("fpsh: :lab works on a lab (now " + Printable.of(session.device().targetName()) + ")");
            return 2;
        }
        Optional<Objective.Diagnosis> diagnosis = Lesson.of(lab.get().lab()).stream()
                .flatMap(lesson -> lesson.objectives().stream())
                .filter(Objective.Diagnosis.class::isInstance).map(Objective.Diagnosis.class::cast).findFirst();
        if (diagnosis.isEmpty()) {
            io.err().println("fpsh: lab " + lab.get().lab().name() + " asks for no answer: its objectives are on the device");
            return 1;
        }
        Optional<LessonTrail> trail = session.device().feature(LessonTrail.class);
        if (trail.isEmpty()) {
            io.err().println("fpsh: this lab keeps no answers here");
            return 1;
        }
        int attempt = trail.get().answer(text);
        boolean before = diagnosis.get().metOn(lab.get().model()); // this answer included: told apart below
        if (CauseAnswer.tooLong(text)) {
            io.out().println("Not accepted (attempt " + attempt + "): say the cause in at most "
                    + CauseAnswer.MAX_WORDS + " words.");
            return 1;
        }
        if (CauseAnswer.matches(text, diagnosis.get().accepted())) {
            io.out().println("Accepted (attempt " + attempt + "): that is the cause.");
            return 0;
        }
        io.out().println("Not accepted (attempt " + attempt + ")" + (before ? "; an earlier answer was." : ".")
                + " Look again at what the device's tools say.");
        return 1;
    }
}
