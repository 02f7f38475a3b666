package io.fpsh.shell;

import io.fpsh.device.DeviceIo;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;

/** Opens the target and hands it to the right front end: {@code -c}, a piped session, or the interactive shell. */
final class Launcher {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final DeviceOpener opener;
    private final boolean onTerminal;

    /** @param onTerminal true when stdin and stdout are a terminal: only then is JLine loaded */
    Launcher(InputStream in, PrintStream out, PrintStream err, DeviceOpener opener, boolean onTerminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.opener = opener;
        this.onTerminal = onTerminal;
    }

    int launch(LaunchOptions options) throws FpshException {
        if (options.commands() == null && onTerminal) {
            // The shell opens the target while JLine builds the terminal: both take a noticeable part of a second.
            return InteractiveShell.run(() -> Session.open(opener, options.targetSpec()));
        }
        try (Session session = Session.open(opener, options.targetSpec())) {
            if (options.commands() != null) {
                return ScriptMode.run(session, options.commands(), scriptIo(), out, err);
            }
            return PipedSession.run(session, lines(), out);
        }
    }

    /** Under {@code -c} dialogs are answered on the console when there is one, else from stdin; questions go to stderr. */
    private DeviceIo scriptIo() {
        Console console = onTerminal ? System.console() : null;
        if (console == null) {
            return new PlainIo(out, err, new StreamDialogs(lines(), err, false));
        }
        return new ConsoleIo(console, out, err);
    }

    private BufferedReader lines() {
        return new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()));
    }
}
