package io.fpsh.lab;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.CanConnectLog;
import io.fpsh.ftd.ConnectorLog;
import io.fpsh.probe.ModelContract;
import io.fpsh.probe.ProbeRunner;
import io.fpsh.probe.Probes;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lab's {@code logs} (issue 12 §5): lines from before the lab starts, loaded, checked and merged as the other parts,
 * and the device's connector.log and action_queue.log beginning with them, the probes' model answers reading them as
 * the text does.
 */
class LabLogsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String CONNECTOR_LINE = "time=\"2020-04-07T19:01:02.123456789-05:00\" level=error msg=\"[ftd01]"
            + "[events.go:90 events:connectWebSocket] dial tcp: lookup eventing-ingest.sse.itd.cisco.com on 192.0.2.99:53:"
            + " no such host\"";
    private static final String PANIC_LINE = "panic: runtime error: invalid memory address";
    private static final String CAN_CONNECT_LINE = "Apr  7 23:59:01 ftd01 ActionQueueScrape.pl[19094]: [SF::SSE::Enrollment]"
            + " canConnect: System (/usr/bin/curl -s https://api-sse.cisco.com/providers/sse/api/v1/regions) Failed,"
            + " curl returned 6 at /ngfw/usr/local/sf/lib/perl/5.10.1/SF/System.pmline 10477.";
    private static final String OTHER_TASK_LINE = "Apr  7 23:59:30 ftd01 ActionQueueScrape.pl[19094]: [SF::Other] done";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private LabFile load(Path file) throws LabException {
        return new LabLoader(new LabCache(dir.resolve("cache"))).load(file);
    }

    private String error(Path file) {
        String message = assertThrows(LabException.class, () -> load(file)).getMessage();
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("Exception"), message);
        return message;
    }

    private Path withLogs() throws Exception {
        return write("with-logs.yaml", "base: ftd01-healthy\nname: with-logs\nplants: []\nlogs:\n"
                + "  connector:\n    - '" + CONNECTOR_LINE.replace("'", "''") + "'\n    - '" + PANIC_LINE + "'\n"
                + "  actionQueue:\n    - '" + CAN_CONNECT_LINE + "'\n    - '" + OTHER_TASK_LINE + "'\n");
    }

    @Test
    void linesLoadVerbatimAndALabsListReplacesItsBasesWhileTheSectionMergesKeyByKey() throws Exception {
        Path base = withLogs();
        LabFile lab = load(base);
        assertEquals(List.of(CONNECTOR_LINE, PANIC_LINE), lab.earlierLogs().connectorLines());
        assertEquals(List.of(CAN_CONNECT_LINE, OTHER_TASK_LINE), lab.earlierLogs().actionQueueLines());
        // the cache gives the same record back (its format carries the new part)
        assertEquals(lab, load(base));

        LabFile over = load(write("over.yaml", "base: with-logs.yaml\nname: over\nplants: []\n"
                + "logs:\n  actionQueue: ['" + OTHER_TASK_LINE + "']\n"));
        assertEquals(List.of(OTHER_TASK_LINE), over.earlierLogs().actionQueueLines(), "a list replaces the base's whole");
        assertEquals(List.of(CONNECTOR_LINE, PANIC_LINE), over.earlierLogs().connectorLines(), "the other list is inherited");

        LabFile removed = load(write("removed.yaml", "base: with-logs.yaml\nname: removed\nplants: []\nlogs: ~\n"));
        assertEquals(List.of(), removed.earlierLogs().connectorLines());
        assertNull(removed.logs());

        assertNull(new LabLoader().loadShipped("ftd01-healthy").logs(), "a lab without logs has none");
    }

    @Test
    void badLinesAreOneLineErrorsWithFileLineAndField() throws Exception {
        String tooMany = "base: ftd01-healthy\nname: many\nplants: []\nlogs:\n  connector:\n"
                + String.join("", Collections.nCopies(LabFile.Logs.MAX_LINES + 1, "    - a line\n"));
        assertTrue(error(write("many.yaml", tooMany)).matches(".*/many\\.yaml:5: field 'logs\\.connector': holds at most 500"
                + " lines \\(got 501\\)"), error(write("many.yaml", tooMany)));

        String longLine = "x".repeat(LabFile.Logs.MAX_LINE_BYTES + 1);
        String message = error(write("long.yaml", "base: ftd01-healthy\nname: long\nplants: []\nlogs:\n"
                + "  actionQueue:\n    - short\n    - " + longLine + "\n"));
        assertTrue(message.matches(".*/long\\.yaml:5: field 'logs\\.actionQueue': a line is at most 4096 bytes \\(entry 2 has"
                + " 4097\\)"), message);

        message = error(write("break.yaml", "base: ftd01-healthy\nname: break\nplants: []\nlogs:\n"
                + "  connector: [\"one\\ntwo\"]\n"));
        assertTrue(message.matches(".*/break\\.yaml:5: field 'logs\\.connector': each entry is one line \\(entry 1 holds a"
                + " line break\\)"), message);

        message = error(write("empty.yaml", "base: ftd01-healthy\nname: empty\nplants: []\nlogs:\n  connector: [ok, ~]\n"));
        assertTrue(message.matches(".*/empty\\.yaml:5: field 'logs\\.connector': each entry is a log line .*"), message);

        message = error(write("map.yaml", "base: ftd01-healthy\nname: map\nplants: []\nlogs:\n  connector:\n"
                + "    - {time: now}\n"));
        assertTrue(message.matches(".*/map\\.yaml:5: field 'logs\\.connector': expected a text, found a section"), message);

        message = error(write("typo.yaml", "base: ftd01-healthy\nname: typo\nplants: []\nlogs:\n  connecter: [a]\n"));
        assertTrue(message.contains("/typo.yaml:5: ") && message.contains("connecter"), message);
    }

    @Test
    void theDevicesLogsBeginWithTheLinesAndTheProbesReadThemFirstInModelAndTextAlike() throws Exception {
        LabFile lab = load(withLogs());
        try (SimulatedFtd ftd = new SimulatedFtd(lab); DeviceDriver driver = new DeviceDriver(ftd, Credentials.fromDevice(ftd))) {
            String connectorLog = root(driver, "cat /ngfw/var/log/connector/connector.log");
            assertTrue(connectorLog.startsWith(CONNECTOR_LINE + "\n" + PANIC_LINE + "\n"), connectorLog);
            assertTrue(connectorLog.lines().count() > 2, "the simulation's own lines follow:\n" + connectorLog);
            String actionQueue = root(driver, "cat /ngfw/var/log/action_queue.log");
            assertTrue(actionQueue.startsWith(CAN_CONNECT_LINE + "\n" + OTHER_TASK_LINE + "\n"), actionQueue);

            for (String probe : List.of("connector-log", "action-queue-log")) {
                ModelContract.Comparison same = ModelContract.compare(
                        new ModelContract.Sample(Probes.named(probe).orElseThrow(), List.of()), driver, ftd.model(), DEADLINE);
                assertTrue(same.same(), probe + ": " + same.detail());
            }
            ConnectorLog log = (ConnectorLog) ProbeRunner.fromModel(Probes.named("connector-log").orElseThrow(), List.of(),
                    ftd.model(), "t").orElseThrow().record();
            assertEquals(Instant.parse("2020-04-08T00:01:02.123456789Z"), log.entries().get(0).time());
            assertEquals("events:connectWebSocket", log.entries().get(0).function());
            assertEquals("no such host", log.entries().get(0).error().cause());
            assertEquals(PANIC_LINE, log.entries().get(1).message());
            CanConnectLog runs = (CanConnectLog) ProbeRunner.fromModel(Probes.named("action-queue-log").orElseThrow(),
                    List.of(), ftd.model(), "t").orElseThrow().record();
            assertEquals(6, runs.runs().get(0).curlReturnCode(), "grep canConnect leaves the other task's line out");
            assertEquals("Apr  7 23:59:01 ftd01", runs.runs().get(0).time());
        }
    }

    private static String root(DeviceDriver driver, String line) {
        CommandResult result = driver.run(Mode.ROOT, line, DEADLINE);
        if (!result.completed()) {
            throw new AssertionError(line + ": " + result.error());
        }
        return result.stdout();
    }
}
