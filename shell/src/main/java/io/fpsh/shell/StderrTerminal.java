package io.fpsh.shell;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.io.Console;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The terminal a person watches while {@code fpsh run --inventory} sends its JSON lines to stdout, often a file
 * ({@code > devices.jsonl}): the progress bar is drawn on stderr and the fleet's password asked there. Java 17's
 * {@code System.console()} exists only when stdout is a terminal too, so JLine's providers (as {@link DumbTty}) tell
 * whether stderr is one and read the password from stdin's tty with the echo off.
 */
final class StderrTerminal {
    /** The providers that can drive the process's own tty; ffm needs native access granted on the command line. */
    private static final List<String> PROVIDERS = List.of("jni", "exec");

    private StderrTerminal() {}

    /** Whether stderr is a terminal (the progress bar is redrawn in place there only). */
    static boolean isTerminal() {
        return provider(SystemStream.Error).isPresent();
    }

    /** Whether a question can be asked: stdin is a terminal, and stdout or stderr is where it is shown. */
    static boolean canAsk() {
        return System.console() != null || provider(SystemStream.Input, SystemStream.Error).isPresent();
    }

    /**
     * Asks {@code prompt} and reads a line with the echo off: on the console when stdin and stdout are a terminal,
     * else on stdin's tty with the question on stderr. Null when there is no terminal to ask on, or at end of input.
     */
    static char[] readPassword(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("%s", prompt);
        }
        Optional<TerminalProvider> provider = provider(SystemStream.Input, SystemStream.Error);
        if (provider.isEmpty()) {
            return null;
        }
        try (Terminal terminal = provider.get().sysTerminal("fpsh", null, false, Charset.defaultCharset(), false,
                Terminal.SignalHandler.SIG_DFL, false, SystemStream.Error)) {
            Attributes saved = terminal.getAttributes();
            // Ctrl-C at the question ends fpsh: the echo is given back to the shell all the same
            Thread restore = new Thread(() -> terminal.setAttributes(saved), "fpsh-echo-back");
            Runtime.getRuntime().addShutdownHook(restore);
            terminal.echo(false);
            try {
                terminal.writer().print(prompt);
                terminal.writer().flush();
                return line(terminal.reader());
            } finally {
                terminal.setAttributes(saved);
                terminal.writer().println(); // the Enter typed was not echoed
                terminal.writer().flush();
                Runtime.getRuntime().removeShutdownHook(restore);
            }
        }
    }

    /** One line as the tty's line discipline gives it (erase and kill done there); null at end of input. */
    private static char[] line(Reader reader) throws IOException {
        char[] typed = new char[64];
        int length = 0;
        for (int c = reader.read(); c != '\n' && c != '\r'; c = reader.read()) {
            if (c < 0) {
                if (length == 0) {
                    return null;
                }
                break;
            }
            if (length == typed.length) {
                char[] longer = Arrays.copyOf(typed, length * 2);
                Arrays.fill(typed, '\0');
                typed = longer;
            }
            typed[length++] = (char) c;
        }
        char[] line = Arrays.copyOf(typed, length);
        Arrays.fill(typed, '\0');
        return line;
    }

    private static Optional<TerminalProvider> provider(SystemStream... streams) {
        for (String name : PROVIDERS) {
            try {
                TerminalProvider provider = TerminalProvider.load(name);
                if (Arrays.stream(streams).allMatch(provider::isSystemStream)) {
                    return Optional.of(provider);
                }
            } catch (Exception | LinkageError e) {
                // this provider cannot run here: try the next one
            }
        }
        return Optional.empty();
    }
}
