package io.fpsh.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FindingKind;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.Hop;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh report diff} through {@link Main#run}, on report files as {@code fpsh run --json} writes them. */
class ReportDiffCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int fpsh(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), FakeDevice::new, false);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private static RunReport run(Instant started, long micros, Verdict dns, boolean dead) {
        FindingKind kind = new FindingKind("DNS-SERVER-DEAD", "a configured DNS server never answers", "curl 6",
                Verdict.FAIL, "DNS");
        List<Finding> findings = dead ? List.of(new Finding(kind, "dns-answers", "192.0.2.10 answers",
                "no answer after " + micros + " us", List.of(FixCommand.clish("configure network dns servers 192.0.2.11")),
                false)) : List.of();
        StepResult servers = new StepResult("dns-servers", "servers", Hop.DNS, Verdict.PASS, "took " + micros, List.of(),
                List.of(), micros, null);
        StepResult answers = new StepResult("dns-answers", "answers", Hop.DNS, dns, "", findings, List.of(), micros, null);
        DeviceRun device = new DeviceRun("dns", "ftd01", dns, List.of(servers, answers), micros);
        return new RunReport("dns", started, micros, List.of(DeviceReport.unfixed(device)));
    }

    private Path file(String name, RunReport report) throws Exception {
        Path file = dir.resolve(name);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonReport.write(report, writer);
        }
        return file;
    }

    @Test
    void changesAreListedOneALineWithExitStatusOne() throws Exception {
        Path before = file("before.json", run(Instant.parse("2026-12-03T10:00:00Z"), 16_000_000, Verdict.FAIL, true));
        Path after = file("after.json", run(Instant.parse("2026-12-03T11:00:00Z"), 900_000, Verdict.PASS, false));
        assertEquals(1, fpsh("report", "diff", before.toString(), after.toString()), err());
        assertEquals("""
                ~ ftd01: FAIL -> PASS
                ~ ftd01 dns-answers: FAIL -> PASS
                - ftd01 dns-answers: DNS-SERVER-DEAD: a configured DNS server never answers
                """, out());
        assertEquals("", err());
    }

    @Test
    void runsThatDifferOnlyInTimesAreNoChangeWithExitStatusZero() throws Exception {
        Path first = file("first.json", run(Instant.parse("2026-12-03T10:00:00Z"), 16_000_000, Verdict.FAIL, true));
        Path second = file("second.json", run(Instant.parse("2026-12-04T10:00:00Z"), 15_500_123, Verdict.FAIL, true));
        assertEquals(0, fpsh("report", "diff", first.toString(), second.toString()), err());
        assertEquals("", out());
        assertEquals("", err());
    }

    @Test
    void jsonForMachines() throws Exception {
        Path before = file("before.json", run(Instant.parse("2026-12-03T10:00:00Z"), 1, Verdict.FAIL, true));
        Path after = file("after.json", run(Instant.parse("2026-12-03T11:00:00Z"), 1, Verdict.PASS, false));
        assertEquals(1, fpsh("report", "diff", "--json", before.toString(), after.toString()), err());
        JsonNode json = new ObjectMapper().readTree(out());
        assertEquals("fpsh-diff/1", json.path("schema").asText());
        assertEquals(3, json.path("changes").size());
        assertEquals("DEVICE_VERDICT", json.path("changes").get(0).path("kind").asText());
        assertEquals("FINDING_GONE", json.path("changes").get(2).path("kind").asText());
    }

    @Test
    void aFileThatIsNotARunReportOrIsMissingIsOneLineWithExitStatusTwo() throws Exception {
        Path good = file("good.json", run(Instant.parse("2026-12-03T10:00:00Z"), 1, Verdict.PASS, false));
        Path probe = Files.writeString(dir.resolve("probe.json"), "{\"status\": \"OK\", \"probe\": \"clock\"}\n");
        Path garbage = Files.writeString(dir.resolve("garbage.json"), "<html>\n");
        for (String[] args : List.of(
                new String[] {"report", "diff", good.toString(), probe.toString()},
                new String[] {"report", "diff", garbage.toString(), good.toString()},
                new String[] {"report", "diff", good.toString(), dir.resolve("nosuch.json").toString()},
                new String[] {"report", "diff", good.toString()},
                new String[] {"report", "diff", "--colour", good.toString(), good.toString()})) {
            assertEquals(2, fpsh(args), String.join(" ", args));
            assertEquals("", out(), String.join(" ", args));
            assertTrue(err().startsWith("fpsh: "), err());
            assertEquals(1, err().lines().count(), err());
            assertFalse(err().contains("Exception") || err().contains("\tat "), err());
        }
        fpsh("report", "diff", good.toString(), probe.toString());
        assertEquals("fpsh: " + probe + ": not an fpsh run report (no \"schema\": \"fpsh-run/1\")\n", err());
    }
}
