package io.fpsh.playbook;

import java.time.Instant;
import java.util.List;

/** A whole {@code fpsh run}: one playbook on one device or a fleet; what every report (text, JSON, HTML, JUnit) writes. */
public record RunReport(String playbook, Instant started, long durationMicros, List<DeviceReport> devices) {

    public RunReport {
        devices = List.copyOf(devices);
    }

    public Verdict verdict() {
        return Verdict.worstOf(devices.stream().map(DeviceReport::verdict).toList());
    }

    public int exitStatus() {
        return ExitStatus.of(devices.stream().map(DeviceReport::run).toList());
    }
}
