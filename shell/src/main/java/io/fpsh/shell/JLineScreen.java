package io.fpsh.shell;

import io.fpsh.device.RawScreen;
import io.fpsh.device.ScreenKey;
import io.fpsh.device.ScreenSize;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The local terminal taken raw for less and vi: JLine's raw mode with signals off too, so Ctrl-C reaches the program
 * as a key (vim does the same), and the line editor's attributes put back on close, whatever ended the program.
 */
final class JLineScreen implements RawScreen {
    private final Terminal terminal;
    private final PrintStream out;
    private final Attributes saved;
    private final ScreenKeys keys;

    JLineScreen(Terminal terminal, PrintStream out) {
        this.terminal = terminal;
        this.out = out;
        out.flush();
        this.saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        this.keys = new ScreenKeys(terminal.reader(), terminal);
    }

    @Override
    public ScreenSize size() {
        Size size = terminal.getSize();
        return new ScreenSize(size.getColumns(), size.getRows());
    }

    @Override
    public ScreenKey readKey(Duration timeout) {
        return keys.read(timeout);
    }

    @Override
    public void write(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
        terminal.setAttributes(saved);
    }
}
