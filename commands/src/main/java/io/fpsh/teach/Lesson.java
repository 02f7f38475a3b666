package io.fpsh.teach;

import io.fpsh.lab.LabFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lab's teaching part, typed: what the student is told, the objectives checked on the device, the hints in the
 * order they are given, and the instructor's solution (lines typed) with what the lab lets a student see or run.
 *
 * @param lab the lab's name
 */
public record Lesson(String lab, String title, String story, List<Objective> objectives, List<String> hints,
                     List<String> solution, boolean solutionAllowed, boolean fixAllowed) {

    public Lesson {
        objectives = List.copyOf(objectives);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
    }

    /** The lesson of {@code lab}; empty for a lab without a {@code teaching} part. The lab file is validated already. */
    public static Optional<Lesson> of(LabFile lab) {
        LabFile.Teaching teaching = lab.teaching();
        if (teaching == null) {
            return Optional.empty();
        }
        List<Objective> objectives = new ArrayList<>();
        for (LabFile.Objective written : teaching.objectives()) {
            objectives.add(typed(written, lab));
        }
        return Optional.of(new Lesson(lab.name(), teaching.title().strip(), teaching.story().strip(), objectives,
                Objects.requireNonNullElse(teaching.hints(), List.<String>of()).stream().map(String::strip).toList(),
                Objects.requireNonNullElse(teaching.solution(), List.of()), teaching.solutionAllowed(),
                teaching.fixAllowed()));
    }

    /** Whether the lab plants nothing, so its check passes as shipped. */
    public static boolean healthy(LabFile lab) {
        return lab.plants().isEmpty();
    }

    private static Objective typed(LabFile.Objective written, LabFile lab) {
        // --- steps walked and causes stated (a finding id the lab plants is an accepted cause) ---
        if (written.walked() != null) {
            return new Objective.Walked(LessonTrail.Step.of(written.walked()).orElseThrow());
        }
        if (written.diagnosis() != null) {
            List<String> accepted = new ArrayList<>(written.diagnosis());
            accepted.addAll(lab.plants());
            return new Objective.Diagnosis(accepted);
        }
        if (written.resolves() != null) {
            return new Objective.Resolves(written.resolves());
        }
        if (written.answers() != null) {
            return new Objective.Answers(written.answers(), written.cacert());
        }
        if (written.websocket() != null) {
            return new Objective.WebsocketUp(written.websocket());
        }
        if (written.daemon() != null) {
            return new Objective.DaemonRunning(written.daemon());
        }
        // the world's kinds (issue 12 §3)
        if (written.sseEvents() != null) {
            return new Objective.SseEventsArriving();
        }
        if (written.sseDevice() != null) {
            return new Objective.SseDeviceRegistered(written.sseDevice());
        }
        return new Objective.SocketConnected(written.socket());
    }

    /** Whether the lesson is steps to walk (a tutorial): it plants nothing, yet its objectives start not met. */
    public boolean walksSteps() {
        return objectives.stream().anyMatch(Objective.Walked.class::isInstance);
    }

    /** Each objective's state on the device now. */
    public LessonCheck check(io.fpsh.probe.ModelAnswers model) {
        return new LessonCheck(objectives.stream().map(o -> new LessonCheck.State(o, o.metOn(model))).toList());
    }
}
