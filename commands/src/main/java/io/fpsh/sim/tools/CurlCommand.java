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

    public CurlCommand(Supplier<CurlEnvironment> environment) {
        this.environment = environment;
    }

    @Override
    public int run(CommandCall call) {
        Curl curl = new Curl(environment.get().withStdoutIsTerminal(call.outputToSession()));
        call.cancellation().whenCancelled(curl::cancel);
        LineBufferedStream stdout = new LineBufferedStream(call.out());
        try {
            return curl.run(call.args(), new PrintStream(stdout, false), call.err());
        } finally {
            stdout.close();
        }
    }
}
