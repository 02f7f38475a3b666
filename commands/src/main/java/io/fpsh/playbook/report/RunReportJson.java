package io.fpsh.playbook.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fpsh.device.Mode;
import io.fpsh.playbook.AppliedFix;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FindingKind;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.Hop;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import io.fpsh.probe.Evidence;
import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeResult;
import io.fpsh.probe.ProbeStatus;
import io.fpsh.probe.Probes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@link JsonReport} document back into a {@link RunReport}, for {@code fpsh report diff} and
 * {@code --rerun}. What the writer masked reads back masked. A probe's record is read into its probe's record type;
 * one that does not read back (a probe this version does not know) keeps its status, error and evidence, without
 * the record.
 */
public final class RunReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String SCHEMA_NAME = JsonReport.SCHEMA.substring(0, JsonReport.SCHEMA.indexOf('/') + 1);

    private RunReportJson() {}

    public static RunReport read(Path file) throws ReportFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (NoSuchFileException e) {
            throw new ReportFormatException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new ReportFormatException(file + ": not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ReportFormatException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.path("schema").isTextual()) {
            throw new ReportFormatException(file + ": not an fpsh run report (no \"schema\": \"" + JsonReport.SCHEMA + "\")");
        }
        String schema = root.path("schema").asText();
        if (!schema.startsWith(SCHEMA_NAME) || !majorVersion(schema).equals(majorVersion(JsonReport.SCHEMA))) {
            throw new ReportFormatException(file + ": schema " + schema + ", this fpsh reads " + JsonReport.SCHEMA);
        }
        try {
            return report(root);
        } catch (MissingField | IllegalArgumentException | DateTimeParseException e) {
            throw new ReportFormatException(file + ": not a valid " + JsonReport.SCHEMA + " report (" + e.getMessage() + ")");
        }
    }

    private static String majorVersion(String schema) {
        String version = schema.substring(schema.indexOf('/') + 1);
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    private static RunReport report(JsonNode root) {
        List<DeviceReport> devices = new ArrayList<>();
        for (JsonNode device : array(root, "devices")) {
            devices.add(device(text(root, "playbook"), device));
        }
        return new RunReport(text(root, "playbook"), Instant.parse(text(root, "started")),
                number(root, "durationMicros"), devices);
    }

    private static DeviceReport device(String playbook, JsonNode device) {
        String target = text(device, "target");
        DeviceRun run = run(playbook, target, device);
        JsonNode before = device.path("beforeFixes");
        DeviceRun beforeFixes = before.isObject() ? run(playbook, target, before) : null;
        List<AppliedFix> fixes = new ArrayList<>();
        for (JsonNode fix : array(device, "fixes")) {
            fixes.add(new AppliedFix(text(fix, "finding"), command(required(fix, "command")),
                    AppliedFix.Outcome.valueOf(text(fix, "outcome")), optionalText(fix, "message")));
        }
        return new DeviceReport(target, run, beforeFixes, fixes);
    }

    private static DeviceRun run(String playbook, String target, JsonNode run) {
        List<StepResult> steps = new ArrayList<>();
        for (JsonNode step : array(run, "steps")) {
            steps.add(step(target, step));
        }
        return new DeviceRun(playbook, target, Verdict.valueOf(text(run, "verdict")), steps, number(run, "durationMicros"));
    }

    private static StepResult step(String target, JsonNode step) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : array(step, "findings")) {
            findings.add(finding(finding));
        }
        List<ProbeResult> evidence = new ArrayList<>();
        for (JsonNode result : array(step, "evidence")) {
            evidence.add(probeResult(result));
        }
        String hop = optionalText(step, "hop");
        return new StepResult(text(step, "id"), text(step, "title"), hop == null ? null : Hop.valueOf(hop),
                Verdict.valueOf(text(step, "verdict")), optionalText(step, "reason"), findings, evidence,
                number(step, "durationMicros"), optionalText(step, "location"));
    }

    private static Finding finding(JsonNode finding) {
        FindingKind kind = new FindingKind(text(finding, "id"), text(finding, "title"), optionalText(finding, "impact"),
                Verdict.valueOf(text(finding, "verdict")), optionalText(finding, "guide"));
        List<FixCommand> fix = new ArrayList<>();
        for (JsonNode command : array(finding, "fix")) {
            fix.add(command(command));
        }
        return new Finding(kind, text(finding, "step"), optionalText(finding, "expected"),
                optionalText(finding, "actual"), fix, finding.path("fixed").asBoolean(false));
    }

    private static FixCommand command(JsonNode command) {
        List<String> answers = new ArrayList<>();
        for (JsonNode answer : array(command, "answers")) {
            answers.add(answer.asText());
        }
        return new FixCommand(Mode.valueOf(text(command, "mode")), text(command, "line"), answers);
    }

    private static ProbeResult probeResult(JsonNode result) {
        List<String> arguments = new ArrayList<>();
        for (JsonNode argument : array(result, "arguments")) {
            arguments.add(argument.asText());
        }
        String name = text(result, "probe");
        Record record = record(name, result.path("record"));
        Evidence evidence = null;
        if (result.path("evidence").isObject()) {
            try {
                evidence = MAPPER.treeToValue(result.path("evidence"), Evidence.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("evidence of " + name + ": " + e.getOriginalMessage());
            }
        }
        return new ProbeResult(name, arguments, optionalText(result, "target"),
                ProbeStatus.valueOf(text(result, "status")), record, optionalText(result, "error"), evidence);
    }

    /** The probe's record in its own type; null when absent or when this version cannot read it back. */
    private static Record record(String probe, JsonNode record) {
        Optional<Probe<?>> known = Probes.named(probe);
        if (!record.isObject() || known.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.treeToValue(record, known.get().recordType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    // ---- fields, each missing one named ---------------------------------------------------------------------

    /** A required field is missing: the reader's one line names it. */
    private static final class MissingField extends RuntimeException {
        MissingField(String field) {
            super("no \"" + field + "\"", null, false, false);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new MissingField(field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? 0 : value.asLong();
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" is not an array");
        }
        return value;
    }
}
