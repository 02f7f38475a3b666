package io.fpsh.sim.nettools;

import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.tools.nslookup.Host;

import java.util.function.Supplier;

/**
 * {@code host} in expert mode: BIND's host (the device's release, as nslookup and dig) on the resolv.conf of the
 * moment and the lab's real DNS servers; Ctrl-C interrupts it.
 */
public final class HostCommand implements ExternalCommand {
    private final Supplier<Host> host;

    public HostCommand(Supplier<Host> host) {
        this.host = host;
    }

    @Override
    public int run(CommandCall call) {
        return BindToolRun.run(call, host.get()::run);
    }
}
