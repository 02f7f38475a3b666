package io.fpsh.playbook;

import io.fpsh.device.Mode;

import java.util.List;

/**
 * One line of a finding's fix, as an engineer types it: the mode, the line, then the answers to the questions the
 * line asks, in order (as {@code scripts/labs/FIXES} writes them). Reports mask secrets in answers.
 */
public record FixCommand(Mode mode, String line, List<String> answers) {

    public FixCommand {
        answers = List.copyOf(answers);
    }

    public static FixCommand clish(String line, String... answers) {
        return new FixCommand(Mode.CLISH, line, List.of(answers));
    }

    public static FixCommand root(String line, String... answers) {
        return new FixCommand(Mode.ROOT, line, List.of(answers));
    }
}
