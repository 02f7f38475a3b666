package io.fpsh.sim.nettools;

import java.util.Locale;

/** How iputils' ping prints milliseconds: fewer decimals the longer the time (its tvsub-based printf). */
final class IputilsFigures {
    private IputilsFigures() {}

    /** A reply's {@code time=}: 3 decimals under 1 ms, 2 under 10, 1 under 100, none above. */
    static String replyTime(double millis) {
        int decimals = millis >= 100 ? 0 : millis >= 10 ? 1 : millis >= 1 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f", truncate(millis, decimals));
    }

    /** The statistics' min/avg/max/mdev: always 3 decimals. */
    static String statistic(double millis) {
        return String.format(Locale.ROOT, "%.3f", truncate(millis, 3));
    }

    /** iputils divides integers: it truncates where printf would round. */
    private static double truncate(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.floor(value * scale + 1e-9) / scale;
    }
}
