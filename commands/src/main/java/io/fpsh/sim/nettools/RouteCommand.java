package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;

/** {@code route [-n]}: net-tools' kernel routing table from the device's management settings. */
public final class RouteCommand implements ExternalCommand {
    private final DeviceState state;

    public RouteCommand(DeviceState state) {
        this.state = state;
    }

    @Override
    public int run(CommandCall call) {
        boolean numeric = false;
        for (String arg : call.args()) {
            if (arg.equals("-n")) {
                numeric = true;
            } else {
                call.err().println("route: invalid option -- '" + (arg.startsWith("-") && arg.length() > 1 ? arg.substring(1, 2) : arg) + "'");
                call.err().println("Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables");
                return 4;
            }
        }
        call.out().print(ManagementRoutes.routeN(ManagementRoutes.of(state), numeric));
        return 0;
    }
}
