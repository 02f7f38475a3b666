package io.fpsh.shell;

import io.fpsh.device.Mode;
import io.fpsh.grammar.CommandParser;
import io.fpsh.grammar.ContextHelp;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;

import java.io.PrintWriter;

/**
 * Cisco {@code ?}: at the clish (and LINA) it finishes the line on screen with {@code ?}, lists what may come next
 * (one line per choice with its help, or the columns of the keywords an ambiguous word may be), then redraws the
 * same line for further typing, without running it. In the Linux shell {@code ?} is an ordinary character.
 */
final class HelpKeyWidget implements Widget {
    static final String NAME = "fpsh-context-help";

    private final LineReader reader;
    private final Session session;
    private final HelpListing helpListing;
    private final DialogFlag dialog;

    HelpKeyWidget(LineReader reader, Session session, ContextHelp help, CommandParser parser, DialogFlag dialog) {
        this.reader = reader;
        this.session = session;
        this.helpListing = new HelpListing(help, parser);
        this.dialog = dialog;
    }

    @Override
    public boolean apply() {
        if (dialog.answering() || session.device().mode().isLinuxShell()) {
            reader.callWidget(LineReader.SELF_INSERT);
            return true;
        }
        Mode mode = session.device().mode();
        Buffer buffer = reader.getBuffer();
        String beforeCursor = buffer.upToCursor();
        String listing = listing(mode, beforeCursor, reader.getTerminal().getWidth());
        LessonSteps.walked(session.device(), io.fpsh.teach.LessonTrail.Step.HELP);

        // Show the whole line before leaving it, as the clish does, then print below it.
        int cursor = buffer.cursor();
        buffer.cursor(buffer.length());
        reader.callWidget(LineReader.REDISPLAY);
        PrintWriter screen = reader.getTerminal().writer();
        screen.print("?\r\n");
        screen.print(listing.replace("\n", "\r\n"));
        screen.flush();

        // The line editor forgets what it drew and draws prompt and line afresh below the listing.
        buffer.cursor(cursor);
        reader.callWidget(LineReader.REDRAW_LINE);
        return true;
    }

    /** The text {@code ?} prints for {@code beforeCursor}: help lines, the ambiguous word's columns, or a syntax error. */
    String listing(Mode mode, String beforeCursor, int width) {
        return helpListing.listing(mode, beforeCursor, width);
    }
}
