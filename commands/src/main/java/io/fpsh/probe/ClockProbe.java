package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The device's clock in UTC to the nanosecond ({@code date --utc} in the expert shell; the clish has no command for it
 * that a source confirms) next to the runner's time when the answer came back, so a skewed clock is told apart from
 * an expired certificate.
 */
public final class ClockProbe implements Probe<ClockReading> {

    @Override public String name() { return "clock"; }

    @Override public String summary() { return "the device's clock next to the runner's: how far ahead or behind it is"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<ClockReading> recordType() { return ClockReading.class; }

    @Override public String command(List<String> args) { return "date --utc +%Y-%m-%dT%H:%M:%S.%NZ"; }

    @Override
    public ClockReading parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        List<String> lines = output.lines();
        if (lines.isEmpty()) {
            throw ProbeParseException.at(name(), 1, "", "no date printed");
        }
        String line = lines.get(0).strip();
        try {
            Instant deviceTime = Instant.parse(line);
            output.from("deviceTime", 0);
            return ClockReading.of(deviceTime, output.readAt());
        } catch (DateTimeParseException e) {
            throw ProbeParseException.at(name(), 1, lines.get(0), "not a UTC date and time (YYYY-MM-DDTHH:MM:SS.NZ)");
        }
    }
}
