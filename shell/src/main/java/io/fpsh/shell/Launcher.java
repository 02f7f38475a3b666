package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import io.fpsh.ssh.ChangePolicy;

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
    private final SshConnect ssh;

    /** @param onTerminal true when stdin and stdout are a terminal: only then is JLine loaded */
    Launcher(InputStream in, PrintStream out, PrintStream err, DeviceOpener opener, boolean onTerminal) {
        this(in, out, err, opener, onTerminal, SshConnect.defaults());
    }

    private Launcher(InputStream in, PrintStream out, PrintStream err, DeviceOpener opener, boolean onTerminal,
                     SshConnect ssh) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.opener = opener;
        this.onTerminal = onTerminal;
        this.ssh = ssh;
    }

    /** The same streams and terminal, opening targets with {@code other} and {@code :connect} with {@code ssh}. */
    Launcher withOpener(DeviceOpener other, SshConnect ssh) {
        return new Launcher(in, out, err, other, onTerminal, ssh);
    }

    /** {@code fpsh probe}: one probe on its target, printed on this launcher's streams. */
    int probe(ProbeRequest request) throws FpshException {
        return ProbeLaunch.run(request, opener, out, err);
    }

    /** {@code fpsh lab capture}: a device read into a lab, written on this launcher's stdout unless {@code -o}. */
    int capture(CaptureRequest request) throws FpshException {
        return CaptureLaunch.run(request, opener, out, err);
    }

    /** {@code fpsh run}: one playbook on its target; {@code --fix}'s questions read this launcher's input. */
    int run(RunRequest request) throws FpshException {
        return RunLaunch.run(request, opener, lines(), out, err, onTerminal);
    }

    int launch(LaunchOptions options) throws FpshException {
        if (options.recordFile() == null) {
            return launch(options, null, out, err);
        }
        ScreenRecording recording = ScreenRecording.open(options.recordFile(), options.targetSpec());
        int status;
        boolean written;
        try {
            status = launch(options, recording, recording.recorded(out), recording.recorded(err));
        } finally {
            written = recording.close(err);
        }
        // a recording asked for and not written is a failure, as tee's is: status 1 unless the session failed itself
        return written || status != 0 ? status : 1;
    }

    /** @param recording null when not recording; {@code screenOut} and {@code screenErr} are then out and err */
    private int launch(LaunchOptions options, ScreenRecording recording, PrintStream screenOut, PrintStream screenErr)
            throws FpshException {
        // Commands that change a real device: asked on a terminal, refused when nobody is there to answer.
        ChangePolicy changes = options.changes().policy(options.commands() != null || !onTerminal);
        DeviceOpener opener = DeviceOpener.guarded(this.opener, changes);
        SshConnect ssh = this.ssh.withChanges(changes);
        if (options.commands() == null && onTerminal) {
            // The shell opens the target while JLine builds the terminal: both take a noticeable part of a second.
            return InteractiveShell.run(() -> Session.open(opener, options.targetSpec(), ssh), recording, screenOut, screenErr);
        }
        try (Session session = Session.open(opener, options.targetSpec(), ssh)) {
            if (options.commands() != null) {
                return ScriptMode.run(session, options.commands(), scriptIo(screenOut, screenErr), screenOut, screenErr);
            }
            return PipedSession.run(session, lines(), screenOut);
        } finally {
            screenOut.flush();
            screenErr.flush();
        }
    }

    /** Under {@code -c} dialogs are answered on the console when there is one, else from stdin; questions go to stderr. */
    private DeviceIo scriptIo(PrintStream screenOut, PrintStream screenErr) {
        Console console = onTerminal ? System.console() : null;
        if (console == null) {
            return new PlainIo(screenOut, screenErr, new StreamDialogs(lines(), screenErr, false));
        }
        return new ConsoleIo(console, screenOut, screenErr);
    }

    private BufferedReader lines() {
        return new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()));
    }
}
