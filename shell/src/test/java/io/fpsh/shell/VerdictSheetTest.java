package io.fpsh.shell;

import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FindingKind;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract test's comparison: what it compares, and the table a difference fails with. */
class VerdictSheetTest {
    private static final Map<String, List<String>> PARTS = Map.of("dns", List.of("dns-servers", "dns-answers"));
    private static final FindingKind DEAD = new FindingKind("DNS-SERVER-DEAD", "a configured DNS server never answers",
            "names resolve through the other servers only", Verdict.FAIL, "DNS");

    @Test
    void runsThatDifferOnlyInTimesReasonsAndTargetsAgree() {
        DeviceRun one = run("lab:ftd01-dns", Verdict.FAIL, "no answer in 1 s", 1_000);
        DeviceRun other = run("ssh://admin@127.0.0.1:2222", Verdict.FAIL, "no answer in 1 s (evidence elsewhere)", 9_000);
        assertEquals("", VerdictSheet.differences(sheets(one, other)));
    }

    @Test
    void aStepThatDiffersIsATableOfEveryRowItChanges() {
        String table = VerdictSheet.differences(sheets(run("lab:ftd01-dns", Verdict.FAIL, "", 1),
                run("ssh://admin@127.0.0.1:2222", Verdict.PASS, "", 1)));
        List<List<String>> rows = table.lines().map(line -> Arrays.asList(line.split(" {2,}"))).toList();
        assertEquals(List.of(
                List.of("row", "in process", "over SSH"),
                List.of("step dns-answers", "FAIL", "PASS"),
                List.of("findings, in order", "DNS-SERVER-DEAD", "none"),
                List.of("finding DNS-SERVER-DEAD", "FAIL", "(absent)"),
                List.of("playbook dns", "FAIL", "PASS"),
                List.of("device", "FAIL", "PASS"),
                List.of("exit status", "1", "0")), rows, table);
    }

    private static Map<String, VerdictSheet> sheets(DeviceRun inProcess, DeviceRun overSsh) {
        Map<String, VerdictSheet> sheets = new LinkedHashMap<>();
        sheets.put("in process", VerdictSheet.of(inProcess, PARTS));
        sheets.put("over SSH", VerdictSheet.of(overSsh, PARTS));
        return sheets;
    }

    /** dns-servers PASS, then dns-answers with {@code answers} (FAIL reports DNS-SERVER-DEAD). */
    private static DeviceRun run(String target, Verdict answers, String reason, long micros) {
        List<Finding> found = answers == Verdict.FAIL
                ? List.of(new Finding(DEAD, "dns-answers", "an answer", "no answer", List.of(), false)) : List.of();
        List<StepResult> steps = List.of(
                new StepResult("dns-servers", "servers", null, Verdict.PASS, "192.0.2.10", List.of(), List.of(), micros, null),
                new StepResult("dns-answers", "answers", null, answers, reason, found, List.of(), micros, null));
        return new DeviceRun("dns", target, Verdict.worstOf(steps.stream().map(StepResult::verdict).toList()), steps, micros);
    }
}
