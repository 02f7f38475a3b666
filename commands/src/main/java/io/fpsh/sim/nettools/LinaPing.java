package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.network.IcmpAnswers;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * LINA's {@code ping HOST} (at {@code >} and in the diagnostic CLI): five 100-byte echoes, a {@code !} per reply and a
 * {@code ?} per echo that stays unanswered for its 2 seconds (lab time), then the success rate. [SRC facts 1.12, B17:
 * the lines of a successful run.] [UNVERIFIED: {@code ?} for no reply and the failure's rate line without
 * round-trip times follow ASA practice; the round-trip figures are whole milliseconds, at least 1.]
 * The lab has no data interfaces, so the echoes take the management path and its ICMP rules ({@link IcmpAnswers}),
 * as {@code ping system} does.
 */
public final class LinaPing extends LinaProbe {
    static final int COUNT = 5;
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    public LinaPing(DeviceState state) {
        super(state);
    }

    /** Pings {@code host}; 0 when any echo came back, 1 otherwise. Ctrl-C (an interrupt) ends the run early. */
    public int run(String host, PrintStream out, PrintStream err) {
        String address = address(host, err);
        if (address == null) {
            return 1;
        }
        out.println("Type escape sequence to abort.");
        out.println("Sending " + COUNT + ", 100-byte ICMP Echos to " + address + ", timeout is " + TIMEOUT.toSeconds()
                + " seconds:");
        out.flush();
        List<Long> times = new ArrayList<>();
        int sent = 0;
        try {
            while (sent < COUNT) {
                sent++;
                if (icmp.echo(address, sent) instanceof IcmpAnswers.Echo.Reply reply) {
                    times.add(Math.max(1, Math.round(reply.rttMillis())));
                    out.print('!');
                } else {
                    state.clock().pause(TIMEOUT);
                    out.print('?');
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println();
        out.println(rateLine(times, sent));
        out.flush();
        return times.isEmpty() ? 1 : 0;
    }

    static String rateLine(List<Long> times, int sent) {
        String rate = "Success rate is " + (sent == 0 ? 0 : times.size() * 100 / sent) + " percent (" + times.size()
                + "/" + sent + ")";
        if (times.isEmpty()) {
            return rate;
        }
        long min = times.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = times.stream().mapToLong(Long::longValue).max().orElse(0);
        long avg = Math.round(times.stream().mapToLong(Long::longValue).average().orElse(0));
        return rate + ", round-trip min/avg/max = " + min + "/" + avg + "/" + max + " ms";
    }
}
