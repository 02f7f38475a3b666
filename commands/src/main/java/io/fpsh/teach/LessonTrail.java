package io.fpsh.teach;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a student did on a lab that the device's configuration cannot show: the tutorial's steps walked (a mode
 * entered, {@code ?} listed, a word completed...) and the causes stated with {@code :lab answer}. It is kept with the
 * device's state, so every front end (JLine, piped, {@code -c}, {@code fpsh serve}) feeds the same trail and
 * {@code :lab reset} clears it; objectives read it through the model answers ({@link #PROBE}), as they read the rest.
 * Each step is recorded where it happens (the device for modes and abbreviations, the line editor for keys), never
 * from the text of a line.
 */
public final class LessonTrail {
    /** The model answers' name for {@link Progress}: not a probe a playbook runs, only a lab's model keeps it. */
    public static final String PROBE = "lesson-trail";

    /** A step of the tutorial, as a lab file writes it ({@code walked: NAME}). */
    public enum Step {
        HELP("help"),
        COMPLETION("completion"),
        ABBREVIATION("abbreviation"),
        EXPERT("expert"),
        ROOT("root"),
        CLISH_AGAIN("clish-again"),
        CURL_SSE("curl-sse");

        private final String written;

        Step(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        public static Optional<Step> of(String written) {
            for (Step step : values()) {
                if (step.written.equals(written)) {
                    return Optional.of(step);
                }
            }
            return Optional.empty();
        }

        /** The names a lab file may write, for its error message. */
        public static String names() {
            return String.join(", ", java.util.Arrays.stream(values()).map(Step::written).toList());
        }
    }

    /** The trail at one moment: the steps walked, the answers given in order (their count is the attempts). */
    public record Progress(Set<Step> walked, List<String> answers) {
        public Progress {
            walked = walked.isEmpty() ? Set.of() : Set.copyOf(walked);
            answers = List.copyOf(answers);
        }
    }

    private final Set<Step> walked = EnumSet.noneOf(Step.class);
    private final List<String> answers = new ArrayList<>();

    public synchronized void walk(Step step) {
        walked.add(step);
    }

    /** Records an answer to {@code :lab answer}; returns how many have been given, this one included. */
    public synchronized int answer(String text) {
        answers.add(text);
        return answers.size();
    }

    public synchronized Progress progress() {
        return new Progress(walked, answers);
    }

    /** {@code :lab reset}: the trail as a student starts it. */
    public synchronized void clear() {
        walked.clear();
        answers.clear();
    }
}
