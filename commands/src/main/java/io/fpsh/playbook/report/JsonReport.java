package io.fpsh.playbook.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.fpsh.playbook.AppliedFix;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.StepResult;
import io.fpsh.probe.ProbeJson;
import io.fpsh.probe.ProbeResult;

import java.io.IOException;
import java.io.Writer;

/**
 * A run as the versioned JSON document ({@value #SCHEMA}), written device by device with Jackson's streaming
 * generator, so a fleet's report never exists as one string or tree. Every string passes through
 * {@link ReportSecrets}; a fix's secret answers are written as the mask. Each probe result is written by
 * {@link ProbeJson}, the same document {@code fpsh probe --json} prints. {@link RunReportJson} reads it back.
 *
 * <pre>
 * schema          "fpsh-run/1": a reader refuses another major version; fields may be added within one
 * playbook        the playbook run
 * started         ISO-8601 UTC instant the run started
 * durationMicros  the whole run's wall time
 * verdict         the run's roll-up: the worst device verdict (SKIP &lt; PASS &lt; WARN &lt; BLOCKED &lt; ERROR &lt;
 *                 TIMEOUT &lt; UNREACHABLE &lt; FAIL)
 * exitStatus      fpsh run's exit status: 0, 1 findings, 3 a device could not be judged
 * devices[]       in the order the run listed them
 *   target          the device's name (lab:NAME, ssh://..., an inventory name)
 *   verdict         the worst of its steps (after the fixes when --fix applied any)
 *   durationMicros  its wall time
 *   steps[]         in the playbook's order
 *     id, title     the step's id (unique across playbooks) and title
 *     hop           the event path's hop it checks (EVENT_HANDLER ... XDR), or null
 *     verdict       PASS WARN FAIL BLOCKED SKIP ERROR TIMEOUT UNREACHABLE
 *     reason        one line: what the verdict rests on, or why it could not judge; may be empty
 *     location      for ERROR, the playbook's FILE:LINE; else null
 *     durationMicros
 *     findings[]    what it found (as below)
 *     evidence[]    each probe result it read, as fpsh probe --json writes it: status, probe, arguments,
 *                   target, record (when read) or error, evidence (source, sent, mode, output, exitStatus,
 *                   durationMicros, lines[]: field, line, text)
 *   findings[]      every finding of its steps, in order: the first is the first broken hop
 *     id, title, verdict (FAIL or WARN), fixed (true when --fix fixed it: it counts as neither), step,
 *     expected, actual, impact, guide (the guide's section),
 *     fix[]         the commands that fix it: mode (CLISH EXPERT ROOT DIAGNOSTIC DIAGNOSTIC_ENABLE), line,
 *                   answers[] to its questions in order, secrets as "****"
 *   fixes[]         the fix commands --fix handled: finding, command (as above), outcome (APPLIED DECLINED
 *                   REFUSED FAILED), message (the device's one line when FAILED; else null)
 *   beforeFixes     null, or the run before the fixes: verdict, durationMicros, steps[] (as above)
 * </pre>
 */
public final class JsonReport {
    /** The schema's name and version: a reader refuses another major version. */
    public static final String SCHEMA = "fpsh-run/1";

    /** The caller owns the writer: closing the generator leaves it open (a file, stdout). */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonReport() {}

    public static void write(RunReport report, Writer out) throws IOException {
        try (MaskingJsonGenerator json = new MaskingJsonGenerator(FACTORY.createGenerator(out))) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("playbook", report.playbook());
            json.writeStringField("started", report.started().toString());
            json.writeNumberField("durationMicros", report.durationMicros());
            json.writeStringField("verdict", report.verdict().name());
            json.writeNumberField("exitStatus", report.exitStatus());
            json.writeArrayFieldStart("devices");
            for (DeviceReport device : report.devices()) {
                json.use(ReportSecrets.of(device));
                device(json, device);
                json.flush(); // a fleet's file grows as it is written
            }
            json.use(ReportSecrets.none());
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void device(JsonGenerator json, DeviceReport device) throws IOException {
        json.writeStartObject();
        json.writeStringField("target", device.target());
        json.writeStringField("verdict", device.verdict().name());
        json.writeNumberField("durationMicros", device.run().durationMicros());
        steps(json, device.run());
        json.writeArrayFieldStart("findings");
        for (Finding finding : device.run().findings()) {
            finding(json, finding);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("fixes");
        for (AppliedFix fix : device.fixes()) {
            json.writeStartObject();
            json.writeStringField("finding", fix.finding());
            json.writeFieldName("command");
            command(json, fix.command());
            json.writeStringField("outcome", fix.outcome().name());
            json.writeStringField("message", fix.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("beforeFixes");
        if (device.beforeFixes() == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("verdict", device.beforeFixes().verdict().name());
            json.writeNumberField("durationMicros", device.beforeFixes().durationMicros());
            steps(json, device.beforeFixes());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void steps(JsonGenerator json, DeviceRun run) throws IOException {
        json.writeArrayFieldStart("steps");
        for (StepResult step : run.steps()) {
            json.writeStartObject();
            json.writeStringField("id", step.id());
            json.writeStringField("title", step.title());
            json.writeStringField("hop", step.hop() == null ? null : step.hop().name());
            json.writeStringField("verdict", step.verdict().name());
            json.writeStringField("reason", step.reason());
            json.writeStringField("location", step.location());
            json.writeNumberField("durationMicros", step.durationMicros());
            json.writeArrayFieldStart("findings");
            for (Finding finding : step.findings()) {
                finding(json, finding);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("evidence");
            for (ProbeResult result : step.evidence()) {
                ProbeJson.write(result, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void finding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", finding.id());
        json.writeStringField("title", finding.kind().title());
        json.writeStringField("verdict", finding.kind().verdict().name());
        json.writeBooleanField("fixed", finding.fixed());
        json.writeStringField("step", finding.step());
        json.writeStringField("expected", finding.expected());
        json.writeStringField("actual", finding.actual());
        json.writeStringField("impact", finding.kind().impact());
        json.writeStringField("guide", finding.kind().guide());
        json.writeArrayFieldStart("fix");
        for (FixCommand command : finding.fix()) {
            command(json, command);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void command(JsonGenerator json, FixCommand command) throws IOException {
        json.writeStartObject();
        json.writeStringField("mode", command.mode().name());
        json.writeStringField("line", command.line());
        json.writeArrayFieldStart("answers");
        for (String answer : FixAnswers.shown(command)) {
            json.writeString(answer);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
