package io.fpsh.shell;

import org.jline.reader.Candidate;

import java.util.List;

/**
 * TAB on a line of fpsh's own ({@code :...}): the command names, then after {@code :run } the shipped playbooks'
 * names (their INDEX: no Groovy loaded to complete), after {@code :lab } and {@code :net } their sub-commands.
 */
final class OwnCommandCandidates {
    private OwnCommandCandidates() {}

    static boolean isOwnLine(String beforeCursor) {
        return ShellCommands.isOwnCommand(beforeCursor);
    }

    /** @param served a served shell's line: only the commands it runs */
    static void add(String beforeCursor, boolean served, List<Candidate> candidates) {
        String line = beforeCursor.stripLeading();
        int blank = line.indexOf(' ');
        if (blank < 0) {
            for (String name : ShellCommands.NAMES) {
                if (!served || ShellCommands.runsInServedShell(name)) {
                    candidates.add(new Candidate(name, name, null, null, null, null, true));
                }
            }
            return;
        }
        String rest = line.substring(blank).stripLeading();
        if (line.substring(0, blank).equals(":run") && !rest.contains(" ")) {
            new PlaybookNames().forEach(name -> candidates.add(new Candidate(name, name, null, null, null, null, true)));
        }
        if (line.substring(0, blank).equals(":lab") && !rest.contains(" ")) {
            LabShellCommand.SUBCOMMANDS.forEach(word -> candidates.add(new Candidate(word, word, null, null, null, null, true)));
        }
        if (line.substring(0, blank).equals(":net") && !rest.contains(" ")) {
            NetShellCommand.SUBCOMMANDS.forEach(word -> candidates.add(new Candidate(word, word, null, null, null, null, true)));
        }
        // the world's stand-ins (:fmc, :sse): the word after those already typed
        String typed = line.substring(0, line.lastIndexOf(' ') + 1);
        WorldShellCommand.next(typed).forEach(word -> candidates.add(new Candidate(word, word, null, null, null, null, true)));
    }
}
