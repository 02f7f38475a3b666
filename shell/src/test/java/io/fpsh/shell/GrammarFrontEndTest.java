package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.ContextHelp;
import io.fpsh.grammar.Grammar;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar-driven pieces of the interactive shell that need no terminal. */
class GrammarFrontEndTest {
    private final Grammar grammar = Grammar.ftd();
    private final HelpKeyWidget help = new HelpKeyWidget(null, null, new ContextHelp(grammar), new CommandParser(grammar), new DialogFlag());

    @Test
    void questionMarkInsideAnAmbiguousWordListsColumns() {
        assertEquals("network               network-dhcp-server   network-static-routes\n",
                help.listing(Mode.CLISH, "sh netw", 120));
    }

    @Test
    void questionMarkAfterABlankListsHelpLines() {
        String listing = help.listing(Mode.CLISH, "show ", 120);
        assertTrue(listing.contains("  version                Display the product version and build\n"), listing);
    }

    @Test
    void questionMarkAfterNonsenseIsASyntaxError() {
        assertEquals("Syntax error: Illegal command line\n", help.listing(Mode.CLISH, "frob", 80));
    }

    @Test
    void shellCompletionLooksAtTheCommandAndTheOptionOnly() {
        assertEquals("cu", GrammarCompleter.commandAndOption("cu"));
        assertEquals("curl -", GrammarCompleter.commandAndOption("curl -k https://x -"));
        assertEquals("curl ", GrammarCompleter.commandAndOption("curl -k "));
    }

    @Test
    void historyFileNamesAreSafe() {
        assertEquals("lab_ftd01-dns", HistoryFiles.safeFileName("lab:ftd01-dns"));
        assertEquals("lab__tmp_my.lab", HistoryFiles.safeFileName("lab:/tmp/my.lab"));
        assertEquals("_..", HistoryFiles.safeFileName(".."));
    }

    @Test
    void printableHidesControlCharacters() {
        assertEquals(":x^[[31m", Printable.of(":x\u001b[31m"));
    }
}
