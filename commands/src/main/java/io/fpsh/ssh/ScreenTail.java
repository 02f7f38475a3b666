package io.fpsh.ssh;

import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the last, unfinished line of the device's output: a prompt of some mode, a dialog question, or text that
 * may still turn into one of them (then it is held back rather than shown).
 */
final class ScreenTail {
    /** The prompts of every mode, without their trailing blank, as {@link ModeGraph} defines them. */
    private static final String PROMPT_SHAPES = ModeGraph.anyPromptShape();
    /** Everything a prompt or dialog line can begin with; {@link Matcher#hitEnd()} tells a prefix of one. */
    private static final Pattern PROMPT_OR_DIALOG = Pattern.compile(
            "(?:" + PROMPT_SHAPES + ") ?" + dialogAlternatives());
    /** A prompt with text after it: input the device kept on its line, or (until its newline) an output line. */
    private static final Pattern PROMPT_THEN_TEXT = Pattern.compile("(?:" + PROMPT_SHAPES + ") ");

    private ScreenTail() {}

    /** A recognised prompt: its mode and where it starts in the line. */
    record Prompt(Mode mode, int start, String text) {}

    static Optional<Prompt> prompt(String lastLine) {
        Optional<Mode> mode = ModeGraph.recognise(lastLine);
        if (mode.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = ModeGraph.prompt(mode.get()).pattern().matcher(lastLine);
        int start = matcher.find() ? matcher.start() : 0;
        return Optional.of(new Prompt(mode.get(), start, lastLine.substring(start).replace("\u0007", "")));
    }

    /** The dialog whose question ends the line, if one does. */
    static Optional<ModeGraph.Dialog> dialog(String lastLine) {
        String shown = lastLine.stripTrailing();
        return ModeGraph.DIALOGS.stream().filter(d -> shown.endsWith(d.question().strip())).findFirst();
    }

    /**
     * The text after a prompt that starts the line ({@code > show bogus\u0007}): what the device keeps on its line
     * when it refused input. Empty when the line is not a prompt followed by text.
     */
    static Optional<String> leftover(String lastLine) {
        Matcher matcher = PROMPT_THEN_TEXT.matcher(lastLine);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String rest = lastLine.substring(matcher.end());
        boolean isPrompt = ModeGraph.recognise(lastLine.substring(0, matcher.end())).isPresent();
        return isPrompt && !rest.isBlank() ? Optional.of(rest) : Optional.empty();
    }

    /**
     * True when more text could make this line a prompt or a dialog question, or when it starts with a prompt (it may
     * be input the device kept on its line): do not show it yet.
     */
    static boolean mayBecomePromptOrDialog(String lastLine) {
        if (lastLine.isEmpty()) {
            return false;
        }
        Matcher matcher = PROMPT_OR_DIALOG.matcher(lastLine);
        return matcher.matches() || matcher.hitEnd() || PROMPT_THEN_TEXT.matcher(lastLine).lookingAt();
    }

    /** The questions, each possibly indented (IOS prints {@code " --More-- "}). */
    private static String dialogAlternatives() {
        StringBuilder alternatives = new StringBuilder();
        for (ModeGraph.Dialog dialog : ModeGraph.DIALOGS) {
            alternatives.append("|[ ]*").append(Pattern.quote(dialog.question()));
        }
        return alternatives.toString();
    }
}
