package io.fpsh.sim.nettools;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.tools.curl.CurlEnvironment;
import io.fpsh.tools.openssl.OpenSsl;
import io.fpsh.tools.openssl.OpenSslEnvironment;

import java.util.function.Supplier;

/**
 * {@code openssl} in expert mode: the device's curl's network, resolver, files and clock (so s_client and curl
 * meet the same servers), file names relative to the working directory; Ctrl-C ends it.
 */
public final class OpenSslCommand implements ExternalCommand {
    static final int INTERRUPTED = 130;
    private final Supplier<CurlEnvironment> environment;

    public OpenSslCommand(Supplier<CurlEnvironment> environment) {
        this.environment = environment;
    }

    @Override
    public int run(CommandCall call) {
        CurlEnvironment curl = environment.get();
        OpenSslEnvironment env = new OpenSslEnvironment(curl.network(), curl.resolver(),
                path -> curl.files().read(call.resolve(path)), curl.clock(), curl.defaultCaBundlePem());
        OpenSsl openssl = new OpenSsl(env);
        Thread runner = Thread.currentThread();
        call.cancellation().whenCancelled(() -> {
            openssl.cancel();
            runner.interrupt();
        });
        try {
            return openssl.run(call.args(), call.in(), call.out(), call.err());
        } catch (InterruptedException e) {
            return INTERRUPTED;
        } finally {
            Thread.interrupted(); // a late Ctrl-C must not leak into the next command
        }
    }
}
