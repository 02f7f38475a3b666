package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.Grammar;
import io.fpsh.shell.GrammarCompleter;
import io.fpsh.shell.HelpListing;
import org.jline.reader.Candidate;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ?} and TAB offer at a prompt of the device, in the mode it is in when the key is pressed: the same
 * help listing and candidates as fpsh's local shell (grammar words at the clish, commands, options and the device's
 * file names in the Linux shell).
 */
final class ServeCompletion {
    private final Device device;
    private final ContextHelp help;
    private final HelpListing listing;

    ServeCompletion(Device device) {
        Grammar grammar = Grammar.ftd();
        this.device = device;
        this.help = new ContextHelp(grammar);
        this.listing = new HelpListing(help, new CommandParser(grammar));
    }

    /** False in the Linux shell, where {@code ?} is an ordinary character (bash's rules). */
    boolean questionMarkIsHelp() {
        return !device.mode().isLinuxShell();
    }

    /** What {@code ?} prints for the line before the cursor. */
    String help(String beforeCursor, int width) {
        io.fpsh.shell.LessonSteps.walked(device, io.fpsh.teach.LessonTrail.Step.HELP);
        return listing.listing(device.mode(), beforeCursor, width);
    }

    /** What TAB may put in place of the last word of {@code beforeCursor}. */
    List<Candidate> candidates(String beforeCursor) {
        String partial = TabCompletion.partialWord(beforeCursor);
        boolean commandWord = beforeCursor.substring(0, beforeCursor.length() - partial.length()).isBlank();
        List<Candidate> candidates = new ArrayList<>();
        GrammarCompleter.addCandidates(help, device, beforeCursor, partial, commandWord, true, candidates);
        return candidates;
    }
}
