package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ifconfig [-a] [interface]}: the management interface (the lab's name for it: br1, eth0, management0) and
 * the loopback, from the same settings {@code ip addr} and {@code show network} render, listed by name as net-tools
 * sorts them. Changing an interface is the clish's job ({@code configure network}), so it is refused.
 */
public final class IfconfigCommand implements ExternalCommand {
    private final DeviceState state;

    public IfconfigCommand(DeviceState state) {
        this.state = state;
    }

    @Override
    public int run(CommandCall call) {
        List<String> words = call.args().stream().filter(a -> !a.equals("-a")).toList();
        for (String word : words) {
            if (word.startsWith("-")) {
                call.err().println("ifconfig: option `" + word + "' not recognised.");
                call.err().println("ifconfig: `--help' gives usage information.");
                return 1;
            }
        }
        Map<String, String> blocks = blocks();
        if (words.isEmpty()) {
            blocks.values().forEach(call.out()::print);
            return 0;
        }
        String block = blocks.get(words.get(0));
        if (block == null) {
            call.err().println(words.get(0) + ": error fetching interface information: Device not found");
            return 1;
        }
        if (words.size() > 1) {
            call.err().println("SIOCSIFFLAGS: Operation not permitted"); // [fpsh] the clish's configure network does it
            return 1;
        }
        call.out().print(block);
        return 0;
    }

    private Map<String, String> blocks() {
        ManagementRoutes.Interface eth = ManagementRoutes.of(state);
        Map<String, String> blocks = new TreeMap<>();
        blocks.put("lo", IfconfigText.loopback(InterfaceCounters.since(state, InterfaceCounters.LOOPBACK)));
        blocks.put(eth.name(), IfconfigText.ethernet(eth, InterfaceCounters.since(state, InterfaceCounters.MANAGEMENT)));
        return blocks;
    }
}
