package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.IcmpAnswers;
import io.fpsh.sim.network.IcmpAnswers.Echo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One run of the device's ping (iputils), answered by the lab's ICMP rules ({@link IcmpAnswers}): no packet is sent.
 * Layout as the real iputils ping prints it (checked against this machine's ping on 127.0.0.1).
 * [UNVERIFIED] the FTD's iputils version: an older one (CentOS 7 era), whose failed lookup reads
 * {@code ping: unknown host NAME}; today's says {@code ping: NAME: Name or service not known}.
 */
public final class PingRun {
    /** The options of one run: {@code count} null means until Ctrl-C; {@code waitSeconds} is -W, the wait for the last reply. */
    public record Options(Integer count, int waitSeconds, boolean numeric) {
        public static final int LINGER_SECONDS = 10;

        public static Options untilInterrupted() {
            return new Options(null, LINGER_SECONDS, false);
        }
    }

    static final int PAYLOAD = 56;

    private final DeviceState state;
    private final DeviceLookup lookup;
    private final IcmpAnswers icmp;

    public PingRun(DeviceState state) {
        this.state = state;
        this.lookup = new DeviceLookup(state);
        this.icmp = new IcmpAnswers(state);
    }

    /**
     * Pings {@code host}; {@code cancelled} is Ctrl-C (polled between packets; an interrupt counts too).
     * Returns iputils' status: 0 with any reply, 1 with none, 2 when the name does not resolve.
     */
    public int run(String host, Options options, PrintStream out, PrintStream err, BooleanSupplier cancelled) {
        DeviceLookup.Resolved target = lookup.resolveUnlessInterrupted(host);
        if (target == null) {
            return 2;
        }
        if (!target.found()) {
            err.println("ping: unknown host " + host);
            return 2;
        }
        String address = target.address();
        boolean literal = address.equals(host);
        String shown = options.numeric() || literal ? address : lookup.reverseName(address) + " (" + address + ")";
        out.println("PING " + host + " (" + address + ") " + PAYLOAD + "(" + (PAYLOAD + 28) + ") bytes of data.");
        out.flush();
        List<Double> times = new ArrayList<>();
        int sent = 0;
        int errors = 0;
        boolean interrupted = false;
        while (options.count() == null || sent < options.count()) {
            if (sent > 0 && !pause(Duration.ofSeconds(1), cancelled)) {
                interrupted = true;
                break;
            }
            sent++;
            Echo echo = icmp.echo(address, sent);
            if (echo instanceof Echo.Reply reply) {
                times.add(reply.rttMillis());
                out.println((PAYLOAD + 8) + " bytes from " + (literal ? address + ":" : shown + ":") + " icmp_seq=" + sent
                        + " ttl=" + reply.ttl() + " time=" + IputilsFigures.replyTime(reply.rttMillis()) + " ms");
            } else if (echo instanceof Echo.Unreachable unreachable) {
                errors++;
                out.println("From " + unreachable.router() + " icmp_seq=" + sent + " Destination Host Unreachable");
            }
            out.flush();
        }
        if (!interrupted && times.isEmpty() && errors == 0) {
            pause(Duration.ofSeconds(options.waitSeconds()), cancelled); // the last request's wait for a reply
        }
        printStatistics(out, host, sent, times, errors);
        return times.isEmpty() ? 1 : 0;
    }

    private void printStatistics(PrintStream out, String host, int sent, List<Double> times, int errors) {
        int received = times.size();
        int loss = sent == 0 ? 0 : (sent - received) * 100 / sent;
        long elapsed = Math.max(0, sent - 1) * 1000L + (sent > 1 ? 2 + sent : 0);
        out.println();
        out.println("--- " + host + " ping statistics ---");
        out.println(sent + " packets transmitted, " + received + " received, " + (errors > 0 ? "+" + errors + " errors, " : "")
                + loss + "% packet loss, time " + elapsed + "ms");
        if (received > 0) {
            double min = times.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = times.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double avg = times.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double squares = times.stream().mapToDouble(t -> t * t).average().orElse(0);
            double mdev = Math.sqrt(Math.max(0, squares - avg * avg));
            out.println("rtt min/avg/max/mdev = " + IputilsFigures.statistic(min) + "/" + IputilsFigures.statistic(avg)
                    + "/" + IputilsFigures.statistic(max) + "/" + IputilsFigures.statistic(mdev) + " ms");
        } else if (errors > 0) {
            out.println(); // [UNVERIFIED] iputils ends a run of errors with a blank line where the rtt line would be
        }
        out.flush();
    }

    /**
     * Waits in steps so Ctrl-C ends the run at once; false when cancelled. Real time even on a pinned lab clock:
     * ping's interval is the kernel's, and a ping without a count must not flood the screen.
     */
    private boolean pause(Duration duration, BooleanSupplier cancelled) {
        long steps = Math.max(1, duration.toMillis() / 100);
        try {
            for (long i = 0; i < steps; i++) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    return false;
                }
                Thread.sleep(duration.toMillis() / steps);
            }
        } catch (InterruptedException e) {
            return false;
        }
        return !cancelled.getAsBoolean();
    }
}
