package io.fpsh.sim.tools;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.tools.nslookup.Nslookup;

import java.util.function.Supplier;

/** {@code nslookup} in expert mode, on the device's resolv.conf at the time it runs; Ctrl-C interrupts it. */
public final class NslookupCommand implements ExternalCommand {
    static final int INTERRUPTED = 130;
    private final Supplier<Nslookup> nslookup;

    public NslookupCommand(Supplier<Nslookup> nslookup) {
        this.nslookup = nslookup;
    }

    @Override
    public int run(CommandCall call) {
        Thread runner = Thread.currentThread();
        call.cancellation().whenCancelled(runner::interrupt);
        try {
            return nslookup.get().run(call.args(), call.out(), call.err());
        } catch (InterruptedException e) {
            return INTERRUPTED;
        } finally {
            Thread.interrupted();   // a late Ctrl-C must not leak into the next command
        }
    }
}
