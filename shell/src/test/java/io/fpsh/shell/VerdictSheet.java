package io.fpsh.shell;

import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.ExitStatus;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a playbook run is judged by, one row each: every step's verdict, the findings in the order named and each
 * one's verdict, each included playbook's roll-up (the worst of its steps in the run), the device's roll-up and the
 * exit status. Times, outputs and reasons are left out: they differ by path and say nothing of the verdict.
 */
record VerdictSheet(Map<String, String> rows) {

    /** {@code run}'s sheet; {@code parts} maps each included playbook to its step ids. */
    static VerdictSheet of(DeviceRun run, Map<String, List<String>> parts) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (StepResult step : run.steps()) {
            rows.put("step " + step.id(), step.verdict().name());
        }
        List<Finding> findings = run.findings();
        rows.put("findings, in order", findings.isEmpty() ? "none"
                : findings.stream().map(Finding::id).collect(Collectors.joining(" ")));
        for (Finding finding : findings) {
            rows.put("finding " + finding.id(), finding.verdict().name() + (finding.fixed() ? " fixed" : ""));
        }
        parts.forEach((part, stepIds) -> rows.put("playbook " + part, Verdict.worstOf(run.steps().stream()
                .filter(step -> stepIds.contains(step.id())).map(StepResult::verdict).toList()).name()));
        rows.put("device", run.verdict().name());
        rows.put("exit status", Integer.toString(ExitStatus.of(List.of(run))));
        return new VerdictSheet(rows);
    }

    /**
     * The rows on which the sheets disagree, as a table (row, then each sheet's value under its name); empty when
     * they agree on every row.
     */
    static String differences(Map<String, VerdictSheet> sheets) {
        Set<String> rowNames = new LinkedHashSet<>();
        sheets.values().forEach(sheet -> rowNames.addAll(sheet.rows().keySet()));
        List<List<String>> table = new ArrayList<>();
        for (String row : rowNames) {
            List<String> values = sheets.values().stream().map(sheet -> sheet.rows().getOrDefault(row, "(absent)")).toList();
            if (values.stream().distinct().count() > 1) {
                List<String> line = new ArrayList<>();
                line.add(row);
                line.addAll(values);
                table.add(line);
            }
        }
        if (table.isEmpty()) {
            return "";
        }
        List<String> header = new ArrayList<>();
        header.add("row");
        header.addAll(sheets.keySet());
        table.add(0, header);
        int[] widths = new int[header.size()];
        table.forEach(line -> {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> line : table) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                text.append(String.format("%-" + (widths[i] + 2) + "s", line.get(i)));
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

}
