package io.fpsh.shell.serve;

import java.util.function.IntSupplier;

/**
 * A prompt for a command (not a dialog's question): its text, what {@code ?} and TAB offer there, the history Up
 * and Down walk, the terminal's width, asked at each redraw since the window may change, and whether Ctrl-A d on an
 * empty line is LINA's detach (at the diagnostic CLI's prompts) rather than beginning-of-line then a 'd'.
 */
record CommandPrompt(String prompt, ServeCompletion completion, LineHistory history, IntSupplier columns,
                     boolean detachKeys) {

    CommandPrompt(String prompt, ServeCompletion completion, LineHistory history, IntSupplier columns) {
        this(prompt, completion, history, columns, false);
    }
}
