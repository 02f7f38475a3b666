package io.fpsh.shell;

import java.time.Duration;

/** A command line's number of seconds ({@code --deadline S}, {@code --timeout S}): positive, fractions allowed. */
final class Seconds {
    private Seconds() {}

    static Duration parse(String option, String seconds) throws FpshException {
        try {
            double value = Double.parseDouble(seconds.strip());
            if (value > 0 && value <= 86_400) {
                return Duration.ofMillis(Math.max(1, Math.round(value * 1000)));
            }
        } catch (NumberFormatException e) {
            // the usage error below
        }
        throw FpshException.usage(option + " '" + Printable.of(seconds)
                + "': expected a number of seconds (0 < s <= 86400)");
    }
}
