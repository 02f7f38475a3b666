package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.GetOpt;

/**
 * {@code ping [-n] [-c count] [-W wait] HOST} in expert mode, on the lab's ICMP rules. Without {@code -c} it runs
 * until Ctrl-C, as the real one does.
 */
public final class PingCommand implements ExternalCommand {
    /** [UNVERIFIED] the old iputils' usage line (its first; the real one lists every option on several). */
    static final String USAGE = "Usage: ping [-aAbBdDfhLnOqrRUvV] [-c count] [-i interval] [-I interface]";

    private final DeviceState state;

    public PingCommand(DeviceState state) {
        this.state = state;
    }

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "nqv4", "cWiws");
        String problem = opts.problem("ping");
        if (problem != null || opts.operands.size() != 1) {
            if (problem != null) {
                call.err().println(problem);
            }
            call.err().println(USAGE);
            return 2;
        }
        Integer count = null;
        int wait = PingRun.Options.LINGER_SECONDS;
        try {
            if (opts.value('c') != null) {
                count = Integer.parseInt(opts.value('c'));
                if (count <= 0) {
                    call.err().println("ping: bad number of packets to transmit.");
                    return 2;
                }
            }
            if (opts.value('W') != null) {
                wait = Integer.parseInt(opts.value('W'));
            }
        } catch (NumberFormatException e) {
            call.err().println(opts.value('c') != null && !opts.value('c').matches("\\d+")
                    ? "ping: bad number of packets to transmit." : "ping: bad linger time.");
            return 2;
        }
        PingRun.Options options = new PingRun.Options(count, wait, opts.has('n'));
        return new PingRun(state).run(opts.operands.get(0), options, call.out(), call.err(), call.cancellation()::isCancelled);
    }
}
