package io.fpsh.shell;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The {@code fpsh} command. The usual command lines ({@code -c}, {@code --lab}, {@code --target}, nothing, and
 * {@code probe NAME ...}) are read by
 * hand so that {@code fpsh -c 'show version'} loads neither picocli nor JLine; the rest goes through picocli.
 * Every failure reaches the user as one line {@code fpsh: ...} on stderr, never as a stack trace.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        runAndExit(args, DeviceOpener.standard());
    }

    /** Runs fpsh on the process's own streams and exits with its status; test mains pass a fake device opener. */
    static void runAndExit(String[] args, DeviceOpener opener) {
        boolean onTerminal = System.console() != null;
        int status = run(args, System.in, System.out, System.err, opener, onTerminal);
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /** Runs fpsh with the given streams and device opener; returns the exit status. Tests call this in-process. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, DeviceOpener opener,
                          boolean onTerminal) {
        Launcher launcher = new Launcher(in, out, err, opener, onTerminal);
        try {
            Optional<ProbeRequest> probe = ProbeArgs.parse(args);
            if (probe.isPresent()) {
                return launcher.probe(probe.get());
            }
            Optional<LaunchOptions> common = FastArgs.parse(args);
            if (common.isPresent()) {
                return launcher.launch(common.get());
            }
            return FullCommandLine.run(args, launcher, out, err);
        } catch (FpshException e) {
            err.println("fpsh: " + e.getMessage());
            return e.exitStatus();
        } catch (RuntimeException | Error e) {
            err.println("fpsh: internal error: " + describe(e));
            return 70;
        }
    }

    /** One line naming a throwable: its message, or its type when it has none. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return text.lines().findFirst().orElse(text);
    }
}
