package io.fpsh.shell;

import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.HelpEntry;
import org.jline.reader.Candidate;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * JLine's line editor, except that TAB always lists the choices. JLine asks "do you wish to see all N possibilities"
 * when its list under the line is taller than the screen, whatever LIST_MAX says; an FTD never asks. Such a list is
 * printed above a fresh prompt instead, as {@code ?} prints its listing, and the terminal scrolls as for any output.
 */
final class ListingLineReader extends LineReaderImpl {
    ListingLineReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
    }

    @Override
    protected boolean doList(List<Candidate> possible, String completed, boolean runLoop,
                             BiFunction<CharSequence, Boolean, CharSequence> escaper, boolean forSuggestion) {
        String listing = listing(possible, size.getColumns());
        // the prompt's line and one spare row: what JLine needs besides the list to show it under the line
        if (forSuggestion || listing.lines().count() + 2 <= size.getRows()) {
            return super.doList(possible, completed, runLoop, escaper, forSuggestion);
        }
        redisplay();
        PrintWriter screen = terminal.writer();
        screen.print("\r\n" + listing.replace("\n", "\r\n"));
        screen.flush();
        callWidget(REDRAW_LINE);
        return false; // listed: false tells JLine not to go on to its menu of choices
    }

    /** One line per choice in alphabetical order with its help, as {@code ?} shows them; choices without help (file names) in columns. */
    static String listing(List<Candidate> possible, int width) {
        Collection<Candidate> distinct = possible.stream()
                .filter(c -> c.value() != null)
                .collect(Collectors.toMap(Candidate::value, c -> c, (a, b) -> a, TreeMap::new))
                .values();
        if (distinct.stream().anyMatch(c -> c.descr() != null)) {
            return ContextHelp.helpListing(distinct.stream()
                    .map(c -> new HelpEntry(c.value(), c.descr() == null ? "" : c.descr(), false)).toList());
        }
        return HelpListing.columns(distinct.stream().map(Candidate::value).toList(), width);
    }
}
