package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;

import java.util.List;

/** {@code ip addr} / {@code ip route} (and their short forms) from the device's management settings. */
public final class IpCommand implements ExternalCommand {
    static final String USAGE = "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }";

    private final DeviceState state;

    public IpCommand(DeviceState state) {
        this.state = state;
    }

    @Override
    public int run(CommandCall call) {
        List<String> args = call.args();
        if (args.isEmpty()) {
            call.err().println(USAGE);
            return 255;
        }
        String object = args.get(0);
        String verb = args.size() > 1 ? args.get(1) : "show";
        boolean show = "show".startsWith(verb) || "list".startsWith(verb);
        ManagementRoutes.Interface eth = ManagementRoutes.of(state);
        if (isPrefix(object, "address", 1) && show) {
            call.out().print(ManagementRoutes.ipAddr(eth));
            return 0;
        }
        if (isPrefix(object, "route", 1) && show) {
            call.out().print(ManagementRoutes.ipRoute(eth));
            return 0;
        }
        if (isPrefix(object, "address", 1) || isPrefix(object, "route", 1)) {
            // changing the management interface from the shell is not simulated: the clish's configure network is
            call.err().println("RTNETLINK answers: Operation not permitted");
            return 2;
        }
        call.err().println("Object \"" + object + "\" is unknown, try \"ip help\".");
        return 1;
    }

    /** iproute2 takes any prefix of an object's name ("a", "addr", "r", "ro"). */
    private static boolean isPrefix(String word, String name, int minimum) {
        return word.length() >= minimum && name.startsWith(word);
    }
}
