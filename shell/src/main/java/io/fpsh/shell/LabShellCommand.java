package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import io.fpsh.teach.Lesson;
import io.fpsh.teach.LessonCheck;
import io.fpsh.teach.LessonText;
import io.fpsh.teach.PlantedLab;

import java.util.List;
import java.util.Optional;

/**
 * {@code :lab [hint|check|reset|solution|actions|answer TEXT]}: the lesson of the session's lab. The objectives are read from the
 * device's state through the probes' model answers (instant, no trace on the device), never from the lines typed.
 * {@code :lab reset} and {@code :lab actions} work on any lab; the rest needs a lab with a {@code teaching} part.
 */
final class LabShellCommand {
    static final String USAGE = "usage: :lab [hint|check|reset|solution|actions|answer TEXT]";
    /** What may follow {@code :lab}, as completion offers it. */
    static final List<String> SUBCOMMANDS = List.of("hint", "check", "reset", "solution", "actions", LabAnswer.WORD);

    private LabShellCommand() {}

    /** Runs {@code :lab ARGUMENT}; its status: 0, 1 for a check not met or a refusal, 2 for a usage error. */
    static int run(String argument, Session session, DeviceIo io) {
        if (LabAnswer.isAnswer(argument)) {
            return LabAnswer.run(argument, session, io);
        }
        if (!argument.isEmpty() && !SUBCOMMANDS.contains(argument) || argument.equals(LabAnswer.WORD)) {
            io.err().println("fpsh: " + USAGE);
            return 2;
        }
        Optional<PlantedLab> lab = session.device().feature(PlantedLab.class);
        if (lab.isEmpty()) {
            io.err().println("fpsh: :lab works on a lab (now " + Printable.of(session.device().targetName()) + ")");
            return 2;
        }
        if (argument.equals("actions")) { // the stand-ins work on any lab, with a lesson or not
            io.out().print(LabActions.text());
            return 0;
        }
        if (argument.equals("reset")) {
            lab.get().resetToPlanted();
            io.out().println("Lab " + lab.get().lab().name() + " reset: the device is as planted.");
            return 0;
        }
        Optional<Lesson> lesson = Lesson.of(lab.get().lab());
        if (lesson.isEmpty()) {
            io.err().println("fpsh: lab " + lab.get().lab().name() + " has no teaching part (:lab reset still works)");
            return 1;
        }
        return lesson(argument, lesson.get(), lab.get(), session, io);
    }

    private static int lesson(String argument, Lesson lesson, PlantedLab lab, Session session, DeviceIo io) {
        switch (argument) {
            case "hint" -> {
                io.out().print(LessonText.hint(lesson, session.hintsGiven()));
                session.hintsGiven(Math.min(lesson.hints().size(), session.hintsGiven() + 1));
                return 0;
            }
            case "check" -> {
                LessonCheck check = lesson.check(lab.model());
                io.out().print(LessonText.check(check));
                return check.allMet() ? 0 : 1;
            }
            case "solution" -> {
                if (!lesson.solutionAllowed()) {
                    io.err().println("fpsh: lab " + lesson.lab() + " does not allow its solution to be shown");
                    return 1;
                }
                io.out().print(LessonText.solution(lesson));
                return 0;
            }
            default -> {
                io.out().print(LessonText.overview(lesson, lesson.check(lab.model()), session.hintsGiven()));
                io.out().print(LessonText.seed(lab.lab()));
                return 0;
            }
        }
    }

    /**
     * Whether {@code :run --fix} may change the session's device: always, except on a served lab whose lesson does
     * not allow fixes (a student's device, where the fix would be the answer).
     */
    static boolean fixAllowed(Session session) {
        if (session.frontEnd() != Session.FrontEnd.SERVED) {
            return true;
        }
        return session.device().feature(PlantedLab.class).flatMap(lab -> Lesson.of(lab.lab()))
                .map(Lesson::fixAllowed).orElse(true);
    }
}
