package io.fpsh.sim.nettools;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.tools.nslookup.Dig;

import java.util.function.Supplier;

/**
 * {@code dig} in expert mode: fpsh's dig (as nslookup, BIND's) on the resolv.conf of the moment — the lab device's, or
 * the host's on the local target; Ctrl-C interrupts it.
 */
public final class DigCommand implements ExternalCommand {
    static final int INTERRUPTED = 130;
    private final Supplier<Dig> dig;

    public DigCommand(Supplier<Dig> dig) {
        this.dig = dig;
    }

    @Override
    public int run(CommandCall call) {
        Thread runner = Thread.currentThread();
        call.cancellation().whenCancelled(runner::interrupt);
        try {
            return dig.get().run(call.args(), call.out(), call.err());
        } catch (InterruptedException e) {
            return INTERRUPTED;
        } finally {
            Thread.interrupted(); // a late Ctrl-C must not leak into the next command
        }
    }
}
