package io.fpsh.playbook.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.playbook.AppliedFix;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.FixCommand;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.Verdict;
import io.fpsh.probe.ProbeJson;
import io.fpsh.probe.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.fpsh.playbook.report.LabRunReports.device;
import static io.fpsh.playbook.report.LabRunReports.finding;
import static io.fpsh.playbook.report.LabRunReports.report;
import static io.fpsh.playbook.report.LabRunReports.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static String json(RunReport report) throws IOException {
        StringWriter out = new StringWriter();
        JsonReport.write(report, out);
        return out.toString();
    }

    private Path file(RunReport report) throws IOException {
        Path file = dir.resolve("run-" + System.nanoTime() + ".json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonReport.write(report, out);
        }
        return file;
    }

    @Test
    void aRealRunOnTheDnsLabReadsBackAsTheSameReport() throws Exception {
        RunReport run = LabRunReports.dnsOnFtd01Dns();
        RunReport read = RunReportJson.read(file(run));
        assertEquals(run, read);
        assertTrue(read.devices().get(0).run().steps().get(1).evidence().stream()
                .allMatch(r -> r.record() != null), "each probe's record reads back in its own type");
    }

    @Test
    void theDocumentNamesItsSchemaTheVerdictsAndTheFindingWithItsFix() throws Exception {
        RunReport run = LabRunReports.dnsOnFtd01Dns();
        JsonNode root = MAPPER.readTree(json(run));
        assertEquals(JsonReport.SCHEMA, root.path("schema").asText());
        assertEquals("dns", root.path("playbook").asText());
        assertEquals("FAIL", root.path("verdict").asText());
        assertEquals(1, root.path("exitStatus").asInt());
        JsonNode device = root.path("devices").get(0);
        assertEquals(run.devices().get(0).target(), device.path("target").asText());
        assertEquals(List.of("dns-servers", "dns-answers"),
                List.of(device.path("steps").get(0).path("id").asText(), device.path("steps").get(1).path("id").asText()));
        assertTrue(device.path("steps").get(1).has("hop"), device.toString());
        JsonNode dead = device.path("findings").get(0);
        assertEquals("DNS-SERVER-DEAD", dead.path("id").asText());
        assertEquals("dns-answers", dead.path("step").asText());
        assertEquals("configure network dns servers 192.0.2.11", dead.path("fix").get(0).path("line").asText());
        assertEquals("CLISH", dead.path("fix").get(0).path("mode").asText());
        assertFalse(dead.path("fixed").asBoolean());
        assertTrue(dead.path("guide").asText().contains("DNS"), dead.toString());
        assertTrue(device.path("beforeFixes").isNull());
    }

    @Test
    void eachProbeResultIsWrittenAsFpshProbeJsonWritesIt() throws Exception {
        RunReport run = LabRunReports.dnsOnFtd01Dns();
        JsonNode evidence = MAPPER.readTree(json(run)).path("devices").get(0).path("steps").get(1).path("evidence");
        List<ProbeResult> read = run.devices().get(0).run().steps().get(1).evidence();
        assertEquals(read.size(), evidence.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(MAPPER.readTree(ProbeJson.write(read.get(i))), evidence.get(i));
        }
    }

    @Test
    void theProxyPasswordNeverReachesTheFileWhereverItWasPlanted() throws Exception {
        RunReport run = LabRunReports.proxyWithSecrets();
        String text = json(run);
        assertFalse(text.contains(LabRunReports.PROXY_PASSWORD), text);
        JsonNode device = MAPPER.readTree(text).path("devices").get(0);
        JsonNode answers = device.path("findings").get(0).path("fix").get(0).path("answers");
        assertEquals("[\"192.0.2.50\",\"3128\",\"y\",\"proxyuser\",\"****\",\"****\"]", answers.toString());
        assertEquals("FAILED", device.path("fixes").get(0).path("outcome").asText());
        assertTrue(device.path("beforeFixes").path("steps").isArray());
        assertTrue(text.contains("proxy password **** rejected"), text);
    }

    @Test
    void fixesAndTheRunBeforeThemReadBack() throws Exception {
        StepResult failed = step("dns-answers", Verdict.FAIL, "", finding("DNS-SERVER-DEAD", "dns-answers",
                "192.0.2.10 answers", "192.0.2.10: no answer"));
        StepResult fixed = step("dns-answers", Verdict.PASS, "2 server(s) answer",
                finding("DNS-SERVER-DEAD", "dns-answers", "192.0.2.10 answers", "192.0.2.10: no answer").asFixed());
        DeviceReport before = device("ftd01", failed);
        DeviceReport after = device("ftd01", fixed);
        DeviceReport withFix = new DeviceReport("ftd01", after.run(), before.run(), List.of(new AppliedFix(
                "DNS-SERVER-DEAD", FixCommand.clish("configure network dns servers 192.0.2.11"),
                AppliedFix.Outcome.APPLIED, null)));
        RunReport run = report(withFix, device("ftd02", step("dns-servers", Verdict.ERROR, "boom")),
                device("ftd03", step("dns-servers", Verdict.SKIP, "not on local")));
        assertEquals(run, RunReportJson.read(file(run)));
        assertEquals(Verdict.ERROR, run.verdict());
        assertEquals(3, MAPPER.readTree(json(run)).path("exitStatus").asInt());
    }

    @Test
    void aThousandDevicesAreWrittenAndReadBack() throws Exception {
        List<DeviceReport> devices = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            devices.add(device("ftd" + i, step("dns-servers", i % 10 == 0 ? Verdict.TIMEOUT : Verdict.PASS, "")));
        }
        RunReport run = report(devices.toArray(DeviceReport[]::new));
        RunReport read = RunReportJson.read(file(run));
        assertEquals(1000, read.devices().size());
        assertEquals(run, read);
    }

    @Test
    void aFileThatIsNotARunReportIsOneLine() throws Exception {
        Path notJson = Files.writeString(dir.resolve("x.json"), "{ not json");
        Path otherSchema = Files.writeString(dir.resolve("y.json"), "{\"schema\": \"fpsh-run/9\", \"devices\": []}");
        Path probe = Files.writeString(dir.resolve("z.json"), "{\"status\": \"OK\", \"probe\": \"clock\"}");
        Path noTarget = Files.writeString(dir.resolve("w.json"), "{\"schema\": \"fpsh-run/1\", \"playbook\": \"dns\", "
                + "\"started\": \"2026-12-03T10:00:00Z\", \"devices\": [{\"verdict\": \"PASS\"}]}");
        for (Path bad : List.of(notJson, otherSchema, probe, noTarget, dir.resolve("missing.json"))) {
            ReportFormatException e = assertThrows(ReportFormatException.class, () -> RunReportJson.read(bad));
            assertNotNull(e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        }
        assertTrue(assertThrows(ReportFormatException.class, () -> RunReportJson.read(noTarget)).getMessage()
                .contains("no \"target\""));
    }
}
