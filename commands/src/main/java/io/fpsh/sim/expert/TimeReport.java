package io.fpsh.sim.expert;

import java.time.Duration;

/**
 * What bash's {@code time} prints after a pipeline: the elapsed time on the lab's clock, and no CPU time (the
 * simulation spends none on the device).
 */
final class TimeReport {

    private TimeReport() {}

    /** bash's default {@code \nreal\t0m0.012s...}, or {@code real 0.01...} for {@code time -p}. */
    static String render(Duration real, ParsedLine.Timing timing) {
        long millis = Math.max(0, real.toMillis());
        if (timing == ParsedLine.Timing.POSIX) {
            String seconds = String.format("%d.%02d", millis / 1000, millis % 1000 / 10);
            return "real " + seconds + "\nuser 0.00\nsys 0.00\n";
        }
        String elapsed = String.format("%dm%d.%03ds", millis / 60_000, millis % 60_000 / 1000, millis % 1000);
        return "\nreal\t" + elapsed + "\nuser\t0m0.000s\nsys\t0m0.000s\n";
    }
}
