package io.fpsh.playbook.report;

import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Step;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code fpsh run --rerun OLD.json} runs again, read from an old report (pyATS's rerun: by default everything
 * but what passed): the devices with a step that neither passed nor was skipped, and on each only those steps, with
 * the steps they need (a step whose need is not run would be BLOCKED). SKIP is not run again: it says the step does
 * not apply to that target, which a second run does not change.
 *
 * @param playbook the old run's playbook, for the caller to check it reruns the same one
 * @param steps    per device, in the old report's order, the ids of the steps to run again; an empty list means the
 *                 whole plan (the old report holds no step of that device)
 */
public record RerunSelection(String playbook, Map<String, List<String>> steps) {

    public RerunSelection {
        steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    /** The selection of the report in {@code file}; its one-line error when it is not a run report. */
    public static RerunSelection read(Path file) throws ReportFormatException {
        return of(RunReportJson.read(file));
    }

    public static RerunSelection of(RunReport report) {
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (DeviceReport device : report.devices()) {
            List<String> again = new ArrayList<>();
            for (StepResult step : device.run().steps()) {
                if (runsAgain(step.verdict())) {
                    again.add(step.id());
                }
            }
            if (!again.isEmpty()) {
                selected.put(device.target(), again);
            } else if (device.run().steps().isEmpty() && runsAgain(device.verdict())) {
                selected.put(device.target(), List.of());
            }
        }
        return new RerunSelection(report.playbook(), selected);
    }

    private static boolean runsAgain(Verdict verdict) {
        return verdict != Verdict.PASS && verdict != Verdict.SKIP;
    }

    /** Nothing to run again: every device passed. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The devices to run again, by the names the old report gave them (inventory names, {@code lab:NAME}...). */
    public Set<String> targets() {
        return steps.keySet();
    }

    public boolean includes(String target) {
        return steps.containsKey(target);
    }

    /** {@code plan} as it runs again on {@code target}: its selected steps and what they need; all when none is known. */
    public Plan planFor(Plan plan, String target) {
        List<String> ids = steps.getOrDefault(target, List.of());
        Plan restricted = restrictedTo(plan, ids);
        return restricted.steps().isEmpty() ? plan : restricted;
    }

    /**
     * {@code plan} with only {@code stepIds} and, before them, every step they need (transitively), in the plan's
     * order. Ids the plan does not have (the playbook changed since) are left out.
     */
    public static Plan restrictedTo(Plan plan, Collection<String> stepIds) {
        Map<String, Step> byId = new LinkedHashMap<>();
        plan.steps().forEach(s -> byId.put(s.id(), s));
        Set<String> keep = new HashSet<>();
        List<String> pending = new ArrayList<>(stepIds);
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            Step step = byId.get(id);
            if (step != null && keep.add(id)) {
                pending.addAll(step.needs());
                pending.addAll(step.after());
            }
        }
        List<Step> kept = plan.steps().stream().filter(s -> keep.contains(s.id())).toList();
        return new Plan(plan.name(), plan.summary(), plan.findings(), kept);
    }
}
