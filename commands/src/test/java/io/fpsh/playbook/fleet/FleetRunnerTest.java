package io.fpsh.playbook.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.ExitStatus;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.dsl.PlaybookLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fleet runner on real targets: labs in process, a lab whose {@code show network} hangs, a closed loopback port
 * and a loopback server that accepts and never speaks SSH.
 */
class FleetRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Past the 15 s nslookup waits for the dead DNS server of ftd01-dns, so that its verdict is FAIL, not TIMEOUT. */
    private static final Duration TIMEOUT = Duration.ofSeconds(25);

    @TempDir
    Path folder;

    private Inventory inventory(String hosts) throws Exception {
        Path file = folder.resolve("fleet.yaml");
        Files.writeString(file, "defaults:\n  user: admin\n  ssh-agent: false\n  known-hosts: known_hosts\n"
                + "hosts:\n" + hosts);
        return InventoryReader.read(file, Map.of());
    }

    private static RunOptions options(Duration commandTimeout, Duration budget) {
        return new RunOptions(Map.of(), commandTimeout, budget, RunOptions.FixMode.NONE, false);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void eachDeviceGetsItsOwnVerdictAndTheHungOneIsTimeout() throws Exception {
        Path hung = HungLab.write(folder, "ftd01-blocked-eu");
        Inventory inventory = inventory("  broken: {address: lab:ftd01-dns}\n  fine: {address: lab:ftd01-blocked-eu}\n"
                + "  hung: {address: 'lab:" + hung + "'}\n  gone: {address: 'ssh://127.0.0.1:" + closedPort() + "'}\n");
        Plan plan = PlaybookLoader.shipped("dns");
        Map<String, String> lines = new ConcurrentHashMap<>();
        RunReport report = FleetRunner.run(plan, inventory.hosts(), new InventoryDevices(Map.of(), null,
                        TIMEOUT), options(TIMEOUT, Duration.ofMinutes(2)),
                new FleetOptions(4, Duration.ofMinutes(5)), (finding, command) -> false,
                (host, device) -> lines.put(host.name(), FleetJsonLine.of(host, device)));

        assertEquals(List.of("broken", "fine", "hung", "gone"),
                report.devices().stream().map(DeviceReport::target).toList(), "the inventory's order and names");
        assertEquals(List.of(Verdict.FAIL, Verdict.PASS, Verdict.TIMEOUT, Verdict.UNREACHABLE),
                report.devices().stream().map(DeviceReport::verdict).toList());
        assertEquals("DNS-SERVER-DEAD", report.devices().get(0).run().findings().get(0).id());
        assertEquals(ExitStatus.FINDINGS, report.exitStatus());

        JsonNode hungLine = JSON.readTree(lines.get("hung"));
        assertEquals("TIMEOUT", hungLine.get("verdict").asText());
        assertEquals("TIMEOUT", hungLine.get("steps").get("dns-servers").asText());
        assertEquals("BLOCKED", hungLine.get("steps").get("dns-answers").asText());
        assertTrue(hungLine.get("reason").asText().contains("'show network' got no prompt"), lines.get("hung"));
        JsonNode gone = JSON.readTree(lines.get("gone"));
        assertEquals("UNREACHABLE", gone.get("verdict").asText());
        assertTrue(gone.get("reason").asText().contains("127.0.0.1"), lines.get("gone"));
        JsonNode broken = JSON.readTree(lines.get("broken"));
        assertEquals("[\"DNS-SERVER-DEAD\"]", broken.get("findings").toString());
        assertEquals(1, lines.get("broken").lines().count());

        String summary = FleetSummary.of(report);
        assertTrue(summary.startsWith("dns on 4 devices in "), summary);
        assertTrue(summary.contains(": 1 FAIL, 1 UNREACHABLE, 1 TIMEOUT, 1 PASS\n"), summary);
        assertTrue(summary.contains("broken  FAIL         DNS-SERVER-DEAD\n"), summary);
        assertTrue(summary.lines().anyMatch(l -> l.startsWith("hung ") && l.contains("TIMEOUT")), summary);
    }

    @Test
    void aDeviceThatNeverLogsInIsAbandonedAtItsBudgetAndTheRunDeadlineStopsTheRest() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket held = silent.accept(); // accepted, never answered: an SSH banner never comes
                        held.getInputStream();
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Inventory inventory = inventory("  mute: {address: 'ssh://127.0.0.1:" + silent.getLocalPort() + "'}\n"
                    + "  later: {address: lab:ftd01-blocked-eu}\n");
            FleetProgress progress = new FleetProgress(2);
            RunReport report = FleetRunner.run(PlaybookLoader.shipped("dns"), inventory.hosts(),
                    new InventoryDevices(Map.of(), null, Duration.ofSeconds(60)),
                    options(Duration.ofSeconds(60), Duration.ofSeconds(30)), new FleetOptions(1, Duration.ofSeconds(2)),
                    (finding, command) -> false, progress);

            DeviceReport mute = report.devices().get(0);
            assertEquals(Verdict.TIMEOUT, mute.verdict());
            assertEquals("still busy at its budget of 2.0 s: abandoned, its session closed",
                    mute.run().steps().get(0).reason());
            DeviceReport later = report.devices().get(1);
            assertEquals(Verdict.TIMEOUT, later.verdict());
            assertEquals("not started: the run's deadline had passed", later.run().steps().get(0).reason());
            assertEquals(ExitStatus.UNDETERMINED, report.exitStatus());
            assertTrue(progress.line().contains(" 2/2 done, 2 failed, 0 running, "), progress.line());
        }
    }
}
