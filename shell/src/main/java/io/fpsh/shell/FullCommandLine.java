package io.fpsh.shell;

import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;

/** The picocli path of {@link Main}: help, version, subcommands and every command line the fast path declines. */
final class FullCommandLine {
    static {
        // picocli's default factory otherwise looks for groovy.lang.Closure (Groovy is on fpsh's class path for the
        // playbooks), which starts Groovy's runtime on every command line: ~1 s to serve, connect, lab list
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    private FullCommandLine() {}

    static int run(String[] args, Launcher launcher, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new FpshCommand(launcher));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            err.println("fpsh: " + Main.describe(problem) + " (try fpsh --help)");
            return FpshException.USAGE;
        });
        commandLine.setExecutionExceptionHandler((problem, command, parseResult) -> {
            if (problem instanceof FpshException known) {
                err.println("fpsh: " + known.getMessage());
                return known.exitStatus();
            }
            err.println("fpsh: internal error: " + Main.describe(problem));
            return 70;
        });
        return commandLine.execute(args);
    }
}
