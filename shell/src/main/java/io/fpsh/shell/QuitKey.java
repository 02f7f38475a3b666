package io.fpsh.shell;

import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Ctrl-\ while fpsh owns the terminal. Left to the tty it sends SIGQUIT, which the JVM always takes (a thread dump on
 * the simulated device's screen) and Java cannot handle. So the tty's QUIT character is turned off for the session
 * (JLine restores the terminal's own settings when it is closed) and the key reaches the line editor as a byte,
 * where it does nothing, as at bash's prompt. During a command the tty echoes {@code ^\} and the command goes on.
 */
final class QuitKey {
    static final String NAME = "fpsh-ignore-quit";
    /** Ctrl-\ as the tty sends it. */
    static final String KEY = "\u001c";
    /** POSIX's "no character here" for a control character (Linux: NUL). */
    private static final int DISABLED = 0;

    private QuitKey() {}

    /** Turns the tty's QUIT character off; a terminal without settings (dumb, not a tty) is left as it is. */
    static void stopSignal(Terminal terminal) {
        Attributes attributes = terminal.getAttributes();
        if (attributes.getControlChar(Attributes.ControlChar.VQUIT) == DISABLED) {
            return;
        }
        attributes.setControlChar(Attributes.ControlChar.VQUIT, DISABLED);
        terminal.setAttributes(attributes);
    }

    /** At the prompt and in dialogs the key does nothing: the line stays as typed. */
    static void ignoreAtPrompt(LineReader reader) {
        reader.getWidgets().put(NAME, () -> true);
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(NAME), KEY);
    }
}
