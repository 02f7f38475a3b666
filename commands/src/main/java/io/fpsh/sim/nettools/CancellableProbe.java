package io.fpsh.sim.nettools;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.tools.curl.CurlEnvironment;
import io.fpsh.tools.tcp.TcpProbe;

import java.util.function.Supplier;

/**
 * The TCP probe one run of telnet or nc dials with: Ctrl-C closes it and interrupts the run's wait; closing it ends
 * the connection and clears a late interrupt so it cannot leak into the next command.
 */
final class CancellableProbe implements AutoCloseable {
    private final TcpProbe probe;

    CancellableProbe(CommandCall call, Supplier<CurlEnvironment> environment) {
        CurlEnvironment env = environment.get();
        this.probe = new TcpProbe(env.network(), env.resolver());
        Thread runner = Thread.currentThread();
        call.cancellation().whenCancelled(() -> {
            probe.close();
            runner.interrupt();
        });
    }

    TcpProbe probe() {
        return probe;
    }

    @Override
    public void close() {
        probe.close();
        Thread.interrupted();
    }
}
