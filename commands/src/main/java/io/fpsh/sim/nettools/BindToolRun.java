package io.fpsh.sim.nettools;

import io.fpsh.sim.expert.CommandCall;

import java.io.PrintStream;
import java.util.List;

/** How dig and host run in the expert shell: on the call's streams, Ctrl-C interrupting their wait for a server. */
final class BindToolRun {
    static final int INTERRUPTED = 130;

    /** One of BIND's tools, as fpsh emulates it. */
    interface Tool {
        int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException;
    }

    private BindToolRun() {}

    static int run(CommandCall call, Tool tool) {
        Thread runner = Thread.currentThread();
        call.cancellation().whenCancelled(runner::interrupt);
        try {
            return tool.run(call.args(), call.out(), call.err());
        } catch (InterruptedException e) {
            return INTERRUPTED;
        } finally {
            Thread.interrupted(); // a late Ctrl-C must not leak into the next command
        }
    }
}
