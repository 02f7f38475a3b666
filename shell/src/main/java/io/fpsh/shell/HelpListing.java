package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.Grammar;
import io.fpsh.grammar.HelpEntry;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The text Cisco {@code ?} prints for the line before the cursor: one line per choice with its help, the columns of
 * the keywords an ambiguous word may be, or the syntax error. Shared by the local shell and {@code fpsh serve}.
 */
public final class HelpListing {
    private final ContextHelp help;
    private final CommandParser parser;

    public HelpListing(ContextHelp help, CommandParser parser) {
        this.help = help;
        this.parser = parser;
    }

    /** The listing for {@code beforeCursor} in {@code mode}, laid out for a screen {@code width} columns wide. */
    public String listing(Mode mode, String beforeCursor, int width) {
        List<HelpEntry> choices = help.choices(mode, beforeCursor);
        boolean insideWord = !beforeCursor.isEmpty() && !Character.isWhitespace(beforeCursor.charAt(beforeCursor.length() - 1));
        if (choices.isEmpty()) {
            String error = CommandParser.syntaxError(parser.parse(mode, beforeCursor));
            return (error.isEmpty() ? "Syntax error: Illegal command line" : error) + "\n";
        }
        if (insideWord && choices.size() > 1) {
            return columns(choices.stream().map(HelpEntry::word).toList(), width);
        }
        return ContextHelp.helpListing(choices);
    }

    /**
     * A whole line read from a pipe or {@code -c}, where a person at a terminal would have pressed {@code ?} at its
     * first {@code ?}: the listing that key prints there, and the line is not run. Empty when the line holds no
     * {@code ?} or the mode is the Linux shell, where {@code ?} is an ordinary character. The shipped grammar's help
     * is only set up for a line that asks: {@code fpsh -c 'show version'} starts without it.
     */
    public static Optional<String> forWholeLine(Mode mode, String line, int width) {
        return forWholeLine(mode, line, width, null);
    }

    /** The same on a device of {@code version} ({@link io.fpsh.device.Device#softwareVersion}): its commands only. */
    public static Optional<String> forWholeLine(Mode mode, String line, int width, String version) {
        int questionMark = line.indexOf('?');
        if (questionMark < 0 || mode.isLinuxShell()) {
            return Optional.empty();
        }
        Grammar grammar = Grammar.ftd(version);
        HelpListing help = new HelpListing(new ContextHelp(grammar), new CommandParser(grammar));
        return Optional.of(help.listing(mode, line.substring(0, questionMark), width));
    }

    /** Words in the clish's columns; the last cell of each row is padded too, and blanks there would wrap narrow screens. */
    public static String columns(List<String> words, int width) {
        String columns = ContextHelp.columns(words, width > 0 ? width : 80);
        return columns.lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }
}
