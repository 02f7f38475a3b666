package io.fpsh.playbook.dsl;

import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookLoadException;
import io.fpsh.playbook.Step;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What a user's plan must hold together before it runs: step ids unique (a second step of the same id would hide
 * the first's verdict) and every need a step declared before it (a misspelt need would leave the step BLOCKED on
 * every device, for a reason that reads like a device's fault).
 */
final class PlanChecks {
    private PlanChecks() {}

    static Plan check(Plan plan, Path file) {
        Set<String> before = new HashSet<>();
        Set<String> all = new HashSet<>();
        plan.steps().forEach(step -> all.add(step.id()));
        for (Step step : plan.steps()) {
            if (!before.add(step.id())) {
                throw new PlaybookLoadException(file + ": step '" + step.id()
                        + "' is declared twice (an include that another include already takes in?)");
            }
            for (String need : step.needs()) {
                if (!before.contains(need)) {
                    throw new PlaybookLoadException(file + ": step '" + step.id() + "' needs '" + need + "', "
                            + (all.contains(need) ? "which is declared after it" : "which no step declares"));
                }
            }
        }
        return plan;
    }
}
