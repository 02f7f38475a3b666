package io.fpsh.playbook.report;

import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.StepResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two runs: the playbook, devices added or removed, a device's or a step's verdict, findings
 * new, gone, fixed or open again. What changes on every run is not compared: times and durations, reasons, a
 * finding's actual (it may hold a measure), and the evidence (outputs, pids, ports). A finding is the same when its
 * id, step and expected are (two dead DNS servers are two findings, told apart by what was expected of each).
 * Linear in the reports' sizes: devices, steps and findings are matched through maps.
 */
public final class ReportDiff {
    private ReportDiff() {}

    public static List<ReportChange> between(RunReport before, RunReport after) {
        List<ReportChange> changes = new ArrayList<>();
        if (!Objects.equals(before.playbook(), after.playbook())) {
            changes.add(new ReportChange(ReportChange.Kind.PLAYBOOK, null, null, null, before.playbook(),
                    after.playbook()));
        }
        Map<String, DeviceReport> old = byTarget(before);
        Map<String, DeviceReport> now = byTarget(after);
        for (DeviceReport device : now.values()) {
            DeviceReport was = old.get(device.target());
            if (was == null) {
                changes.add(new ReportChange(ReportChange.Kind.DEVICE_ADDED, device.target(), null, null, null,
                        device.verdict().name()));
            } else {
                device(was, device, changes);
            }
        }
        for (DeviceReport device : old.values()) {
            if (!now.containsKey(device.target())) {
                changes.add(new ReportChange(ReportChange.Kind.DEVICE_REMOVED, device.target(), null, null,
                        device.verdict().name(), null));
            }
        }
        return changes;
    }

    private static void device(DeviceReport was, DeviceReport now, List<ReportChange> changes) {
        String target = now.target();
        if (was.verdict() != now.verdict()) {
            changes.add(new ReportChange(ReportChange.Kind.DEVICE_VERDICT, target, null, null, was.verdict().name(),
                    now.verdict().name()));
        }
        Map<String, StepResult> oldSteps = new LinkedHashMap<>();
        was.run().steps().forEach(s -> oldSteps.put(s.id(), s));
        Map<String, StepResult> newSteps = new LinkedHashMap<>();
        now.run().steps().forEach(s -> newSteps.put(s.id(), s));
        for (StepResult step : newSteps.values()) {
            StepResult before = oldSteps.get(step.id());
            if (before == null) {
                changes.add(new ReportChange(ReportChange.Kind.STEP_ADDED, target, step.id(), null, null,
                        step.verdict().name()));
            } else if (before.verdict() != step.verdict()) {
                changes.add(new ReportChange(ReportChange.Kind.STEP_VERDICT, target, step.id(), null,
                        before.verdict().name(), step.verdict().name()));
            }
        }
        for (StepResult step : oldSteps.values()) {
            if (!newSteps.containsKey(step.id())) {
                changes.add(new ReportChange(ReportChange.Kind.STEP_REMOVED, target, step.id(), null,
                        step.verdict().name(), null));
            }
        }
        findings(target, was.run().findings(), now.run().findings(), changes);
    }

    private static void findings(String target, List<Finding> was, List<Finding> now, List<ReportChange> changes) {
        Map<List<String>, Finding> old = byKey(was);
        Map<List<String>, Finding> current = byKey(now);
        for (Map.Entry<List<String>, Finding> entry : current.entrySet()) {
            Finding finding = entry.getValue();
            Finding before = old.get(entry.getKey());
            String detail = finding.id() + ": " + finding.kind().title();
            if (before == null) {
                changes.add(new ReportChange(finding.fixed() ? ReportChange.Kind.FINDING_FIXED
                        : ReportChange.Kind.FINDING_NEW, target, finding.step(), detail, null, finding.actual()));
            } else if (before.fixed() != finding.fixed()) {
                changes.add(new ReportChange(finding.fixed() ? ReportChange.Kind.FINDING_FIXED
                        : ReportChange.Kind.FINDING_REOPENED, target, finding.step(), detail, before.actual(),
                        finding.actual()));
            }
        }
        for (Map.Entry<List<String>, Finding> entry : old.entrySet()) {
            Finding finding = entry.getValue();
            if (!current.containsKey(entry.getKey()) && !finding.fixed()) {
                changes.add(new ReportChange(ReportChange.Kind.FINDING_GONE, target, finding.step(),
                        finding.id() + ": " + finding.kind().title(), finding.actual(), null));
            }
        }
    }

    private static Map<List<String>, Finding> byKey(List<Finding> findings) {
        Map<List<String>, Finding> keyed = new LinkedHashMap<>();
        for (Finding finding : findings) {
            keyed.putIfAbsent(List.of(finding.id(), String.valueOf(finding.step()), String.valueOf(finding.expected())),
                    finding);
        }
        return keyed;
    }

    private static Map<String, DeviceReport> byTarget(RunReport report) {
        Map<String, DeviceReport> devices = new LinkedHashMap<>();
        report.devices().forEach(d -> devices.putIfAbsent(d.target(), d));
        return devices;
    }
}
