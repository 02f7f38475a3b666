package io.fpsh.shell;

import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.report.TextReport;

import java.util.Locale;

/** The question {@code --fix} asks before each command ({@code fpsh run}, {@code :run}): default No. */
final class FixQuestion {
    private FixQuestion() {}

    static String of(Finding finding, FixCommand command) {
        return "Fix " + finding.id() + ": run '" + TextReport.commandText(command) + "' ("
                + command.mode().name().toLowerCase(Locale.ROOT) + ")? [y/N]: ";
    }

    /** Only y or yes applies; Enter, anything else or no answer at all (end of input) is No. */
    static boolean yes(String answer) {
        if (answer == null) {
            return false;
        }
        String word = answer.strip().toLowerCase(Locale.ROOT);
        return word.equals("y") || word.equals("yes");
    }
}
