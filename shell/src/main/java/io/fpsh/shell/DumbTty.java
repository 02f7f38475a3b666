package io.fpsh.shell;

import org.jline.terminal.Terminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * The terminal under {@code TERM=dumb} (Emacs shells, some CI and serial consoles). JLine's builder then gives a
 * terminal that never touches the tty: the tty echoes each key, and the line editor echoes the line again when it
 * gets it, so every line showed twice. Here the system terminal is opened with the dumb type kept: JLine draws
 * without cursor moves, as for any dumb terminal, and puts the tty in raw mode, so only the line editor echoes, as
 * bash's readline does on a dumb terminal.
 */
final class DumbTty {
    /** The providers that can drive the process's own tty; ffm needs native access granted on the command line. */
    private static final List<String> PROVIDERS = List.of("jni", "exec");

    private DumbTty() {}

    /** True for the types JLine treats as dumb. */
    static boolean isDumb(String type) {
        return type != null && (type.equals(Terminal.TYPE_DUMB) || type.startsWith(Terminal.TYPE_DUMB_COLOR));
    }

    /** The tty of stdin and stdout as a dumb terminal; empty when no provider can open it (then JLine's own way). */
    static Optional<Terminal> open(String type) {
        for (String name : PROVIDERS) {
            try {
                TerminalProvider provider = TerminalProvider.load(name);
                if (provider.isSystemStream(SystemStream.Input) && provider.isSystemStream(SystemStream.Output)) {
                    return Optional.of(provider.sysTerminal("fpsh", type, false, Charset.defaultCharset(), true,
                            Terminal.SignalHandler.SIG_DFL, false, SystemStream.Output));
                }
            } catch (Exception | LinkageError e) {
                // this provider cannot run here: try the next one
            }
        }
        return Optional.empty();
    }
}
