package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of the pipeline a stage runs in, as ps shows its neighbours ({@code ps aux | grep sshd} lists
 * the grep too, since the stages run at once). Set by the pipeline runner on each stage's thread.
 */
final class PipelineStages {

    private static final ThreadLocal<List<String>> OTHERS = ThreadLocal.withInitial(List::of);

    private PipelineStages() {}

    /** Called on a stage's thread: the texts of all stages, and which one runs here. */
    static void enter(List<String> stages, int index) {
        List<String> others = new ArrayList<>(stages);
        others.remove(index);
        OTHERS.set(List.copyOf(others));
    }

    /** The other stages' command lines, in pipeline order; empty outside a pipeline. */
    static List<String> others() {
        return OTHERS.get();
    }

    /** A simple command's words as typed (quotes dropped, variables as {@code $NAME}); empty for a subshell. */
    static String text(ParsedLine.Command command) {
        if (!(command instanceof ParsedLine.SimpleCommand simple)) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (Word word : simple.words()) {
            StringBuilder text = new StringBuilder();
            for (Word.Part part : word.parts()) {
                text.append(part.variable() != null && part.operator() == null ? "$" + part.variable() : part.text());
            }
            words.add(text.toString());
        }
        return String.join(" ", words);
    }
}
