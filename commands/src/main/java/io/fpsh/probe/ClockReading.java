package io.fpsh.probe;

import java.time.Duration;
import java.time.Instant;

/**
 * The device's clock next to the runner's, so a skewed clock is told apart from an expired certificate.
 *
 * @param deviceTime  what the device's clock read
 * @param runnerTime  the true time where the runner stands when the answer came back: the host's clock, except on a
 *                    lab driven in process, whose network keeps its own time ({@code Device.referenceTime()})
 * @param skewSeconds how far the device's clock is ahead of the runner's (negative: behind), rounded to the second;
 *                    a round trip of up to half a second does not change it
 */
public record ClockReading(Instant deviceTime, Instant runnerTime, long skewSeconds) implements TimeDependent {

    /** Only the skew in whole seconds: both instants move on with time, the skew does not. */
    public record Skew(long skewSeconds) {}

    public static ClockReading of(Instant deviceTime, Instant runnerTime) {
        Duration ahead = Duration.between(runnerTime, deviceTime);
        // getSeconds() floors and getNano() is the non-negative rest: this rounds half up, for either sign
        long seconds = ahead.getSeconds() + (ahead.getNano() >= 500_000_000 ? 1 : 0);
        return new ClockReading(deviceTime, runnerTime, seconds);
    }

    @Override
    public Record timeless() {
        return new Skew(skewSeconds);
    }
}
