package io.fpsh.shell.serve;

import java.util.function.IntSupplier;

/**
 * A prompt for a command (not a dialog's question): its text, what {@code ?} and TAB offer there, the history Up
 * and Down walk, and the terminal's width, asked at each redraw since the window may change.
 */
record CommandPrompt(String prompt, ServeCompletion completion, LineHistory history, IntSupplier columns) {}
