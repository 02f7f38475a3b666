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
 * The echoes take LINA's path ({@link LinaProbe#path}): a data interface where the lab has them, else the
 * management interface, as {@code ping system} does. [UNVERIFIED, an ASA's form as recalled] no route out of the
 * interface named: "No route to host ADDRESS", then a 0 percent rate of one echo.
 */
public final class LinaPing extends LinaProbe {
    static final int COUNT = 5;
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    public LinaPing(DeviceState state) {
        super(state);
    }

    @Override
    void printHeader(String address, PrintStream out) {
        out.println("Type escape sequence to abort.");
        out.println("Sending " + COUNT + ", 100-byte ICMP Echos to " + address + ", timeout is " + TIMEOUT.toSeconds()
                + " seconds:");
    }

    @Override
    void printNoRouteSummary(PrintStream out) {
        out.println();
        out.println("Success rate is 0 percent (0/1)");
    }

    /** 0 when any echo came back, 1 otherwise. */
    @Override
    int probe(IcmpAnswers icmp, String address, PrintStream out) {
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
