package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.expert.GetOpt;

/** {@code traceroute [-n] [-m max_ttl] [-w wait] HOST} in expert mode, on the lab's ICMP rules. */
public final class TracerouteCommand implements ExternalCommand {
    /** traceroute 2.x's first usage line. */
    static final String USAGE = "Usage: traceroute [ -46dFITnreAUDV ] [ -f first_ttl ] [ -g gate,... ] [ -i device ] "
            + "[ -m max_ttl ] [ -N squeries ] [ -p port ] [ -t tos ] [ -l flow_label ] [ -w waittime ] [ -q nqueries ] "
            + "[ -s src_addr ] [ -z sendwait ] [ --fwmark=num ] host [ packetlen ]";

    private final DeviceState state;

    public TracerouteCommand(DeviceState state) {
        this.state = state;
    }

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "n4I", "mwq");
        if (opts.invalid != 0 || opts.invalidLong != null) {
            call.err().println("Bad option `" + (opts.invalidLong != null ? opts.invalidLong : "-" + opts.invalid)
                    + "' (argc 1)");
            return 2;
        }
        if (opts.operands.isEmpty()) {
            call.err().println(USAGE);
            return 2;
        }
        try {
            int max = opts.value('m') == null ? TracerouteRun.Options.DEFAULT.maxHops() : Integer.parseInt(opts.value('m'));
            int wait = opts.value('w') == null ? TracerouteRun.Options.DEFAULT.waitSeconds() : Integer.parseInt(opts.value('w'));
            if (max < 1 || max > 255) {
                call.err().println("max hops cannot be more than 255");
                return 2;
            }
            return new TracerouteRun(state).run(opts.operands.get(0), new TracerouteRun.Options(max, wait, opts.has('n')),
                    call.out(), call.err(), call.cancellation()::isCancelled);
        } catch (NumberFormatException e) {
            call.err().println("Cannot handle `-m' option with arg `" + opts.value('m') + "' (argc 2)");
            return 2;
        }
    }
}
