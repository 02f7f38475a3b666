package io.fpsh.playbook.fleet;

import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table at the end of a fleet run: how many devices got each verdict, then the devices worse than WARN, worst
 * first, with their first finding or why they could not be judged (at most {@link #MAX_ROWS}: the JSON has all).
 */
public final class FleetSummary {
    static final int MAX_ROWS = 40;

    private FleetSummary() {}

    public static String of(RunReport report) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        report.devices().forEach(d -> counts.merge(d.verdict(), 1, Integer::sum));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s on %d devices in %.1f s: ", report.playbook(),
                report.devices().size(), report.durationMicros() / 1e6));
        List<String> parts = new ArrayList<>();
        Verdict[] worstFirst = Verdict.values();
        for (int i = worstFirst.length - 1; i >= 0; i--) {
            Verdict verdict = worstFirst[i];
            if (counts.containsKey(verdict)) {
                parts.add(counts.get(verdict) + " " + verdict);
            }
        }
        out.append(String.join(", ", parts)).append('\n');
        List<DeviceReport> bad = report.devices().stream().filter(d -> d.verdict().rank() > Verdict.WARN.rank())
                .sorted((a, b) -> b.verdict().rank() - a.verdict().rank()).toList();
        if (bad.isEmpty()) {
            return out.toString();
        }
        int width = Math.max(6, bad.stream().mapToInt(d -> d.target().length()).max().orElse(6));
        out.append(String.format(Locale.ROOT, "%-" + width + "s  %-11s  %s%n", "DEVICE", "VERDICT", "WHY"));
        for (DeviceReport device : bad.subList(0, Math.min(MAX_ROWS, bad.size()))) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s  %-11s  %s%n", device.target(),
                    device.verdict(), why(device)));
        }
        if (bad.size() > MAX_ROWS) {
            out.append("... and ").append(bad.size() - MAX_ROWS).append(" more (one JSON line each above)\n");
        }
        return out.toString();
    }

    /** The first finding, else the first step that could not judge and why. */
    private static String why(DeviceReport device) {
        List<Finding> findings = device.run().findings();
        if (!findings.isEmpty()) {
            Finding first = findings.get(0);
            return first.id() + (findings.size() > 1 ? " (+" + (findings.size() - 1) + ")" : "");
        }
        for (StepResult step : device.run().steps()) {
            if (step.verdict() == device.verdict()) {
                String reason = step.reason() == null ? "" : step.reason();
                return step.id() + ": " + (reason.length() > 100 ? reason.substring(0, 100) + "..." : reason);
            }
        }
        return "";
    }
}
