package io.fpsh.playbook.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;

/**
 * One device's result as one line of JSON, printed as it finishes ({@code fpsh run --inventory} on stdout, for jq and
 * log collectors): its name and target, the verdict, the finding ids in order (the first is the first broken hop),
 * each step's verdict, the reason of the first step that could not judge, and the seconds it took. The full report
 * (evidence, fixes) is the run's {@code --json} file; this line carries no output of the device, so no secret.
 */
public final class FleetJsonLine {
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FleetJsonLine() {}

    public static String of(InventoryHost host, DeviceReport report) {
        ObjectNode line = JSON.createObjectNode();
        line.put("fleetLine", VERSION);
        line.put("device", report.target());
        line.put("target", host.target());
        line.put("verdict", report.verdict().name());
        line.putArray("findings").addAll(report.run().findings().stream()
                .map(Finding::id).map(JSON.getNodeFactory()::textNode).toList());
        ObjectNode steps = line.putObject("steps");
        String reason = null;
        for (StepResult step : report.run().steps()) {
            steps.put(step.id(), step.verdict().name());
            if (reason == null && (step.verdict().undetermined() || step.verdict() == Verdict.BLOCKED)) {
                reason = step.reason();
            }
        }
        if (reason != null) {
            line.put("reason", reason);
        }
        line.put("seconds", Math.round(report.run().durationMicros() / 1000.0) / 1000.0);
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes", e);
        }
    }
}
