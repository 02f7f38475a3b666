package io.fpsh.shell;

import org.jline.reader.LineReader;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Ctrl-D at LINA's prompts only deletes the character under the cursor, as on an ASA: it never ends the session.
 * JLine ends the line on the tty's EOF character whatever the key is bound to when the line is empty, so while a
 * LINA prompt is read the EOF character is set to one that no key sends alone (U+00FF arrives as two UTF-8 bytes
 * and is decoded before the check); the tty ignores it in raw mode anyway.
 */
final class LinaCtrlD {
    static final String WIDGET = "fpsh-lina-ctrl-d";
    private static final int NO_KEY = 0xff;

    private LinaCtrlD() {}

    /** Registers the widget: the character under the cursor is deleted, silently where there is none. */
    static void register(LineReader reader) {
        reader.getWidgets().put(WIDGET, () -> {
            reader.getBuffer().delete();
            return true;
        });
    }

    /** Reads a line at a LINA prompt with the tty's EOF character out of JLine's way. */
    static String readLine(LineReader reader, String prompt) {
        Terminal terminal = reader.getTerminal();
        Attributes before = terminal.getAttributes();
        Attributes withoutEof = new Attributes(before);
        withoutEof.setControlChar(Attributes.ControlChar.VEOF, NO_KEY);
        terminal.setAttributes(withoutEof);
        try {
            return reader.readLine(prompt);
        } finally {
            terminal.setAttributes(before);
        }
    }
}
