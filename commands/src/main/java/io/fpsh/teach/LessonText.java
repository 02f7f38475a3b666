package io.fpsh.teach;

import java.util.List;

/** A lesson as text: what {@code :lab}, its sub-commands and {@code fpsh lab show} print. */
public final class LessonText {
    private LessonText() {}

    /** {@code :lab}: the story, then each objective's state now, then what help is left. */
    public static String overview(Lesson lesson, LessonCheck check, int hintsGiven) {
        StringBuilder out = heading(lesson);
        out.append("Objectives:\n");
        for (int i = 0; i < check.states().size(); i++) {
            out.append("  ").append(line(i, check.states().get(i))).append('\n');
        }
        out.append("Hints: ").append(hintsGiven).append(" of ").append(lesson.hints().size()).append(" given")
                .append(hintsGiven < lesson.hints().size() ? " (:lab hint)" : "").append(". ")
                .append(solutionLine(lesson)).append('\n');
        return out.toString();
    }

    /** {@code fpsh lab show}: the story, the objectives, how many hints, whether the solution may be shown. */
    public static String show(Lesson lesson) {
        StringBuilder out = heading(lesson);
        out.append("Objectives:\n");
        for (int i = 0; i < lesson.objectives().size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(ObjectiveSentence.of(lesson.objectives().get(i))).append('\n');
        }
        out.append("Hints: ").append(lesson.hints().size()).append(". ").append(solutionLine(lesson)).append('\n');
        return out.toString();
    }

    /** {@code :lab check}: one line per objective, then the verdict, and never the answer. */
    public static String check(LessonCheck check) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < check.states().size(); i++) {
            out.append(line(i, check.states().get(i))).append('\n');
        }
        return out.append(verdict(check)).append('\n').toString();
    }

    /** {@code All objectives met.} or {@code N of M objectives not met.} */
    public static String verdict(LessonCheck check) {
        return check.allMet() ? "All objectives met."
                : check.notMet() + " of " + check.states().size() + " objectives not met.";
    }

    /** {@code :lab hint} once {@code given} hints were given before: the next one, or why there is none. */
    public static String hint(Lesson lesson, int given) {
        List<String> hints = lesson.hints();
        if (hints.isEmpty()) {
            return "This lab has no hints.\n";
        }
        if (given >= hints.size()) {
            return "No more hints: all " + hints.size() + " given.\n";
        }
        return "Hint " + (given + 1) + " of " + hints.size() + ": " + hints.get(given) + "\n";
    }

    /** {@code :lab solution} where the lab allows it: the lines as an instructor types them. */
    public static String solution(Lesson lesson) {
        StringBuilder out = new StringBuilder("Solution (the lines typed, in order; a question's answer is the line after it):\n");
        for (String line : lesson.solution()) {
            // a TAB in a line is the key pressed there (a tutorial's completion), shown as a person would read it
            out.append("  ").append(line.replace("\t", "<Tab>")).append('\n');
        }
        return out.toString();
    }

    /**
     * Under {@code :lab} and {@code fpsh lab show}: the seed the lab's variables were drawn from (a student's lab,
     * told apart from another's), or nothing for a lab as written or one without variables. Never the values: they are the answer.
     */
    public static String seed(io.fpsh.lab.LabFile lab) {
        boolean drawn = lab.seed() != null && lab.variables() != null && !lab.variables().isEmpty();
        return !drawn ? "" : "Seed: " + lab.seed() + " (this lab's variables are drawn from it).\n";
    }

    private static StringBuilder heading(Lesson lesson) {
        return new StringBuilder().append(lesson.lab()).append(": ").append(lesson.title()).append("\n\n")
                .append(lesson.story()).append("\n\n");
    }

    private static String line(int index, LessonCheck.State state) {
        return (index + 1) + ". " + ObjectiveSentence.of(state.objective()) + ": " + (state.met() ? "met" : "not met");
    }

    private static String solutionLine(Lesson lesson) {
        return lesson.solutionAllowed() ? "Solution: allowed (:lab solution)." : "Solution: not shown in this lab.";
    }
}
