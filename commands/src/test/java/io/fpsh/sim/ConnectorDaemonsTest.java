package io.fpsh.sim;

import io.fpsh.device.Mode;
import io.fpsh.drive.CommandResult;
import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.lab.LabFile;
import io.fpsh.playbook.DeviceRun;
import io.fpsh.playbook.Finding;
import io.fpsh.playbook.PlaybookRunner;
import io.fpsh.playbook.StepResult;
import io.fpsh.playbook.TargetSession;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daemons as state (issue 11): pmtool DisableById / EnableById / restartbyid change what pmtool, ps, lsof and
 * netstat show; the connector keeps its own retry schedule in lab time (a DNS change is not a reconnect), a start
 * dials at once; and a playbook takes connector.log lines older than the last DNS change as evidence only.
 */
class ConnectorDaemonsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String LOG = "/ngfw/var/log/connector/connector.log";
    private static final String CONNECTED = "websocket connected to wss://eventing-ingest.sse.itd.cisco.com/events";

    /** A device of {@code lab} on a clock the test moves by hand. */
    private record Device(SimulatedFtd ftd, DeviceDriver driver, AtomicLong nanos) implements AutoCloseable {
        static Device of(String lab) throws Exception {
            LabFile file = LabDevices.read(lab);
            AtomicLong nanos = new AtomicLong();
            SimulatedFtd ftd = new SimulatedFtd(file, new LabClock(file.clock().start(), false, nanos::get));
            return new Device(ftd, new DeviceDriver(ftd, Credentials.fromDevice(ftd)), nanos);
        }

        void advanceSeconds(long seconds) {
            nanos.addAndGet(seconds * 1_000_000_000L);
        }

        String root(String line) {
            CommandResult result = driver.run(Mode.ROOT, line, DEADLINE);
            assertTrue(result.completed(), () -> line + ": " + result.error());
            return result.stdout();
        }

        @Override
        public void close() throws Exception {
            driver.close();
            ftd.close();
        }
    }

    @Test
    void disablingTheConnectorStopsItEverywhereAndEnablingItDialsAtOnce() throws Exception {
        try (Device device = Device.of("ftd01-healthy")) {
            assertEquals(0, device.driver().run(Mode.ROOT, "pmtool DisableById SSEConnector", DEADLINE).exitStatus());
            assertTrue(device.root("pmtool status").contains("SSEConnector (system) - Disabled\n"));
            assertFalse(device.root("ps aux").contains("/ngfw/usr/local/sf/bin/connector"), "a disabled daemon is no process");
            assertFalse(device.root("lsof -i").contains("connector"), "its listener on 8989 and its websocket are closed");
            assertFalse(device.root("netstat -anlp").contains("CONNECTED"), "EventHandler's socket is LISTENING only");
            String logBefore = device.root("cat " + LOG);

            device.advanceSeconds(600);
            assertEquals(logBefore, device.root("cat " + LOG), "a stopped connector logs nothing");

            // the case of the verb as typed does not matter, as pmtool's own lookup of verbs
            assertEquals(0, device.driver().run(Mode.ROOT, "pmtool enablebyid SSEConnector", DEADLINE).exitStatus());
            String status = device.root("pmtool status");
            assertTrue(status.matches("(?s).*SSEConnector \\(system\\) - Running (\\d+)\n.*"), status);
            assertFalse(status.contains("SSEConnector (system) - Running 13277\n"), "a new process");
            assertTrue(device.root("lsof -i").lines().anyMatch(l -> l.startsWith("connector") && l.contains("(ESTABLISHED)")));
            assertTrue(device.root("tail -1 " + LOG).contains(CONNECTED), "it dialled at once");
            assertTrue(device.root("netstat -anlp").contains("CONNECTED"), "attached to EventHandler again");
        }
    }

    @Test
    void aDnsChangeIsSeenAtTheConnectorsNextRetryNotAtOnce() throws Exception {
        try (Device device = Device.of("ftd01-dns")) {
            assertEquals(0, device.driver().run(Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE).exitStatus());
            device.advanceSeconds(1);
            assertFalse(device.root("cat " + LOG).contains(CONNECTED), "no reconnect at the instant of configure network dns");
            // the management tunnel's connection (sftunnel) is ESTABLISHED all along: only the connector's counts
            assertFalse(device.root("lsof -i").lines().anyMatch(l -> l.startsWith("connector") && l.contains("ESTABLISHED")));
            // the retry comes on its own schedule, at most one period (263 s) later
            device.advanceSeconds(263);
            // the websocket's last line (the registration's own tries, every 180 s, may have logged since)
            assertTrue(device.root("grep events: " + LOG + " | tail -1").contains(CONNECTED), device.root("tail -3 " + LOG));
            assertTrue(device.root("lsof -i").lines().anyMatch(l -> l.startsWith("connector") && l.contains("ESTABLISHED")));
        }
    }

    @Test
    void restartingTheConnectorAfterTheDnsFixDialsAtOnce() throws Exception {
        try (Device device = Device.of("ftd01-dns")) {
            device.driver().run(Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE);
            assertEquals(0, device.driver().run(Mode.ROOT, "pmtool restartbyid SSEConnector", DEADLINE).exitStatus());
            assertTrue(device.root("tail -1 " + LOG).contains(CONNECTED));
        }
    }

    @Test
    void aStoppedEventHandlerHasNoSocketAndTheConnectorSaysSo() throws Exception {
        try (Device device = Device.of("ftd01-eventhandler-down")) {
            assertTrue(device.root("pmtool status").contains("EventHandler (normal) - Disabled\n"));
            assertFalse(device.root("netstat -anlp").contains("EventHandler_SSEConnector.sock"));
            assertTrue(device.root("tail -1 " + LOG).contains(
                    "dial unix /ngfw/var/sf/run/EventHandler_SSEConnector.sock: connect: no such file or directory"));

            assertEquals(0, device.driver().run(Mode.ROOT, "pmtool EnableById EventHandler", DEADLINE).exitStatus());
            String sockets = device.root("netstat -anlp");
            assertTrue(sockets.contains("LISTENING") && !sockets.contains("CONNECTED"),
                    "EventHandler listens; the connector attaches when it starts: " + sockets);
            device.root("pmtool restartbyid SSEConnector");
            assertTrue(device.root("netstat -anlp").contains("CONNECTED"));
        }
    }

    @Test
    void anUnknownDaemonIsSaidSoForEveryVerb() throws Exception {
        try (Device device = Device.of("ftd01-healthy")) {
            for (String verb : List.of("DisableById", "EnableById", "restartById")) {
                CommandResult result = device.driver().run(Mode.ROOT, "pmtool " + verb + " NoSuchDaemon", DEADLINE);
                assertEquals(1, result.exitStatus(), verb);
                assertEquals("Unknown ID NoSuchDaemon\n", result.stderr(), verb);
            }
        }
    }

    /**
     * The DNS lab fixed by hand, the connector left to its next retry: its log still holds the DNS errors of before.
     * The dns, connectivity and sse-connector steps pass, the old lines named as evidence; before the retry, the
     * websocket step says the connector has not dialled since (a WARN whose fix restarts it), not a DNS failure.
     */
    @Test
    void logLinesOlderThanTheLastDnsChangeAreEvidenceOnly() throws Exception {
        try (Device device = Device.of("ftd01-dns")) {
            device.driver().run(Mode.CLISH, "configure network dns servers 192.0.2.11", DEADLINE);
            device.advanceSeconds(1);
            DeviceRun pending = run(device, "sse-connector");
            StepResult websocket = step(pending, "connector-websocket");
            assertEquals(Verdict.WARN, websocket.verdict(), pending::toString);
            Finding retry = websocket.findings().get(0);
            assertEquals("CONNECTOR-RETRY-PENDING", retry.id());
            assertTrue(retry.actual().contains("predates the change (evidence only): dial tcp: lookup eventing-ingest"), retry.actual());
            assertEquals("pmtool restartbyid SSEConnector", retry.fix().get(0).line());

            device.advanceSeconds(263);
            assertTrue(device.root("cat " + LOG).contains("i/o timeout"), "the old DNS errors are still in the log");
            for (String playbook : List.of("dns", "connectivity", "sse-connector")) {
                DeviceRun run = run(device, playbook);
                assertEquals(List.of(), run.findings().stream().map(Finding::id).toList(), run::toString);
                assertTrue(run.steps().stream().allMatch(s -> s.verdict() == Verdict.PASS || s.verdict() == Verdict.SKIP),
                        run::toString);
            }
            String evidence = step(run(device, "sse-connector"), "connector-log").reason();
            assertTrue(evidence.contains("predate the DNS change at 2020-04-08T01:20:00Z: evidence only"), evidence);
        }
    }

    private static DeviceRun run(Device device, String playbook) {
        TargetSession target = new TargetSession(device.driver(), device.driver().device().siteParams(),
                TargetSession.DEFAULT_COMMAND_TIMEOUT);
        return PlaybookRunner.run(PlaybookLoader.shipped(playbook), target, Duration.ofMinutes(2), step -> {});
    }

    private static StepResult step(DeviceRun run, String id) {
        return run.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(run));
    }
}
