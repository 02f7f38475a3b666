package io.fpsh.sim.tools;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.tools.curl.Curl;
import io.fpsh.tools.curl.CurlEnvironment;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * {@code curl} in expert mode: a fresh curl per run (no TLS session reuse between runs), cancelled by Ctrl-C. Its
 * stdout counts as a terminal unless piped or redirected, so {@code curl URL | grep x} draws the progress meter.
 */
public final class CurlCommand implements ExternalCommand {
    private final Supplier<CurlEnvironment> environment;
    /** Told each run's outcome (a lab's lesson notes a first answer from an SSE host); nothing else reads it. */
    private final java.util.function.Consumer<io.fpsh.tools.curl.CurlResult> outcome;

    public CurlCommand(Supplier<CurlEnvironment> environment) {
        this(environment, result -> { });
    }

    public CurlCommand(Supplier<CurlEnvironment> environment,
                       java.util.function.Consumer<io.fpsh.tools.curl.CurlResult> outcome) {
        this.environment = environment;
        this.outcome = outcome;
    }

    @Override
    public int run(CommandCall call) {
        Curl curl = new Curl(environment.get().withStdoutIsTerminal(call.outputToSession()));
        call.cancellation().whenCancelled(curl::cancel);
        LineBufferedStream stdout = new LineBufferedStream(call.out());
        try {
            io.fpsh.tools.curl.CurlResult result = curl.execute(call.args(), new PrintStream(stdout, false), call.err());
            outcome.accept(result);
            return result.exitCode();
        } finally {
            stdout.close();
        }
    }
}
