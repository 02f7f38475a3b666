package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.ParseResult;

import java.util.List;
import java.util.Optional;

/**
 * The interactive shell's one-line hint after a command typed in the wrong mode: {@code curl} at the clish, or
 * {@code show} in the Linux shell. The device has already printed its own error; the hint only says where the
 * command lives. Piped and {@code -c} sessions never print it, so their transcripts stay those of a real FTD.
 */
final class ModeHint {
    /** bash's status for a command it cannot find. */
    private static final int COMMAND_NOT_FOUND = 127;

    private final Grammar grammar;
    private final CommandParser parser;

    ModeHint(Grammar grammar) {
        this.grammar = grammar;
        this.parser = new CommandParser(grammar);
    }

    /** The hint for {@code line}, run in {@code mode} with exit status {@code status}; empty when the mode was right. */
    Optional<String> after(Mode mode, String line, int status) {
        List<String> words = CommandParser.words(line);
        if (status == 0 || words.isEmpty()) {
            return Optional.empty();
        }
        String command = words.get(0);
        if (mode == Mode.CLISH && isUnknownAtTheClish(line) && livesIn(command, mode, Mode.EXPERT)) {
            return Optional.of("fpsh: '" + Printable.of(command) + "' is an expert-mode command: type 'expert' first");
        }
        if (mode.isLinuxShell() && status == COMMAND_NOT_FOUND && livesIn(command, mode, Mode.CLISH)) {
            // Root's shell was started from admin's: one exit back to admin, a second one to the clish.
            String exits = mode == Mode.ROOT ? "'exit' twice" : "'exit'";
            return Optional.of("fpsh: '" + Printable.of(command) + "' is a clish command: type " + exits + " to return to '>'");
        }
        return Optional.empty();
    }

    /** True when the clish rejects the first word itself, not a later one (then the command was the right one). */
    private boolean isUnknownAtTheClish(String line) {
        return parser.parse(Mode.CLISH, line) instanceof ParseResult.Illegal illegal && illegal.wordIndex() == 0;
    }

    private boolean livesIn(String command, Mode current, Mode expected) {
        return grammar.modeOfCommand(command, current).filter(expected::equals).isPresent();
    }
}
