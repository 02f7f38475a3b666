package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * When the device's DNS configuration was last written: /etc/resolv.conf's modification time ({@code date -r}, GNU
 * date on the device), which {@code configure network dns} sets. A log line older than that was written under the
 * servers before: evidence, not the state now.
 */
public final class ResolvConfTimeProbe implements Probe<FileTime> {
    static final String FILE = "/etc/resolv.conf";

    @Override public String name() { return "resolv-conf-time"; }

    @Override public String summary() { return "when the DNS configuration was last written (/etc/resolv.conf's time)"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<FileTime> recordType() { return FileTime.class; }

    @Override public String command(List<String> args) { return "date --utc -r " + FILE + " +%Y-%m-%dT%H:%M:%S.%NZ"; }

    @Override
    public FileTime parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        List<String> lines = output.lines();
        if (lines.isEmpty()) {
            throw ProbeParseException.at(name(), 1, "", "no date printed");
        }
        try {
            Instant modified = Instant.parse(lines.get(0).strip());
            output.from("modified", 0);
            return new FileTime(FILE, modified);
        } catch (DateTimeParseException e) {
            throw ProbeParseException.at(name(), 1, lines.get(0), "not a UTC date and time (YYYY-MM-DDTHH:MM:SS.NZ)");
        }
    }
}
