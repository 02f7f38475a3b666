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
    private final Supplier<Dig> dig;

    public DigCommand(Supplier<Dig> dig) {
        this.dig = dig;
    }

    @Override
    public int run(CommandCall call) {
        return BindToolRun.run(call, dig.get()::run);
    }
}
