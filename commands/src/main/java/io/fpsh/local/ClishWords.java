package io.fpsh.local;

import io.fpsh.device.Mode;
import io.fpsh.grammar.Grammar;
import java.util.Optional;

/** Recognises a line that starts with a clish command (show, configure, expert...) and words the refusal. */
final class ClishWords {

    private ClishWords() {}

    /** The one-line answer when {@code line} is a clish command, empty when the Linux shell should run it. */
    static Optional<String> refusal(String line) {
        String typed = line.strip();
        String first = typed.split("\\s+", 2)[0];
        Grammar grammar = Grammar.ftd();
        boolean clishOnly = grammar.modeOfCommand(first, Mode.EXPERT).orElse(null) == Mode.CLISH
                && grammar.modeOfCommand(first, Mode.CLISH).orElse(null) != Mode.EXPERT; // exit, logout: both
        if (!clishOnly) {
            return Optional.empty();
        }
        return Optional.of("fpsh: '" + typed + "' is not available on the local target (it is a clish command of an FTD)");
    }
}
