package io.fpsh.tools.curl;

import java.util.Locale;

/** A progress-meter time column (eight characters): "--:--:--" when unknown or zero, " 0:00:01", "  3d 04h". */
final class DurationText {

    private DurationText() {}

    static String of(long seconds) {
        if (seconds <= 0) return "--:--:--";
        long hours = seconds / 3600;
        if (hours <= 99) {
            return String.format(Locale.ROOT, "%2d:%02d:%02d", hours, seconds % 3600 / 60, seconds % 60);
        }
        long days = seconds / 86_400;
        if (days <= 999) return String.format(Locale.ROOT, "%3dd %02dh", days, seconds % 86_400 / 3600);
        return String.format(Locale.ROOT, "%7dd", days);
    }
}
