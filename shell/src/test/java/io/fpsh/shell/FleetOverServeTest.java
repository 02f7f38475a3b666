package io.fpsh.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.ExitStatus;
import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.dsl.PlaybookLoader;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Sshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fleet case: a real {@code fpsh serve --fleet 200} of ten labs in turn (five of the guide's dead DNS
 * server, four of a lab whose DNS works, one whose {@code show network} hangs: 20 hung devices, fewer than the 32
 * workers, so the hung ones cost one command time-out, not three), and the dns playbook on its inventory with
 * {@code --parallel 32}, plus a host on a closed loopback port: each device gets its own verdict, the hung ones
 * are TIMEOUT, the closed port UNREACHABLE.
 */
@ExtraJvm
@Sshd
class FleetOverServeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SIZE = 200;
    /** The labs given in turn: ftd01-dns and ftd01-blocked-eu alternately, the hung lab last. */
    private static final int LABS = 10;
    /**
     * Past the dns playbook's waits on ftd01-dns's dead server and past a served session's first prompt with 32
     * logins at once on a loaded machine (10 s was seen too short), so that only the hung devices are TIMEOUT.
     */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(25);

    @TempDir
    static Path folder;
    private static ServedFleet fleet;
    private static Path inventory;

    @BeforeAll
    static void startTheFleet() throws Exception {
        Path hung = ServedFleet.hungLab(folder);
        List<String> labs = new ArrayList<>();
        for (int lab = 0; lab < LABS; lab++) {
            labs.add(lab == LABS - 1 ? hung.toString() : lab % 2 == 0 ? "ftd01-dns" : "ftd01-blocked-eu");
        }
        fleet = ServedFleet.start(folder, SIZE, labs);
        inventory = fleet.inventory();
        String started = fleet.started();
        assertTrue(started.startsWith("fpsh serve: lab:ftd01-dns on 127.0.0.1 port "), started);
        assertTrue(started.contains("the labs lab:ftd01-dns, lab:ftd01-blocked-eu, lab:ftd01-dns, "), started);
        assertTrue(started.contains(", lab:ftd01-dns, lab:" + hung + " in turn"), started);
        // and a host nothing listens on
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Files.writeString(inventory, Files.readString(inventory)
                + "  gone: {address: 'ssh://127.0.0.1:" + closed + "', user: admin}\n");
    }

    @AfterAll
    static void stop() {
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    void eachDeviceHasItsVerdictTheHungOnesTimeoutTheClosedPortUnreachable() throws Exception {
        String written = Files.readString(inventory);
        assertFalse(written.contains("Admin123"), "the inventory names the password's variable, never the password");
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("FPSH_FLEET_PASSWORD", "Admin123");
        RunOptions options = new RunOptions(Map.of(), COMMAND_TIMEOUT, Duration.ofSeconds(90), RunOptions.FixMode.NONE,
                false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunReport report = FleetLaunch.run(PlaybookLoader.shipped("dns"),
                new FleetLaunch.Request(inventory, null, 32, Duration.ofMinutes(10), options, environment),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(SIZE + 1, lines.size(), "one JSON line per device");
        Map<String, JsonNode> byDevice = new HashMap<>();
        for (String line : lines) {
            JsonNode device = JSON.readTree(line);
            byDevice.put(device.get("device").asText(), device);
        }
        for (int n = 1; n <= SIZE; n++) {
            String name = String.format("ftd%04d", n);
            JsonNode device = byDevice.get(name);
            int lab = (n - 1) % LABS;
            switch (lab == LABS - 1 ? 2 : lab % 2) {
                case 0 -> {
                    assertEquals("FAIL", device.get("verdict").asText(), device.toString());
                    assertEquals("DNS-SERVER-DEAD", device.get("findings").get(0).asText(), device.toString());
                }
                case 1 -> assertEquals("PASS", device.get("verdict").asText(), device.toString());
                default -> {
                    assertEquals("TIMEOUT", device.get("verdict").asText(), device.toString());
                    assertEquals("TIMEOUT", device.get("steps").get("dns-servers").asText(), device.toString());
                }
            }
            assertEquals("ssh://admin%" + name + "@127.0.0.1:" + port(), device.get("target").asText());
        }
        assertEquals("UNREACHABLE", byDevice.get("gone").get("verdict").asText());
        assertTrue(byDevice.get("gone").get("reason").asText().contains("127.0.0.1"), byDevice.get("gone").toString());

        assertEquals(SIZE + 1, report.devices().size());
        assertEquals(100, report.devices().stream().filter(d -> d.verdict() == Verdict.FAIL).count());
        assertEquals(20, report.devices().stream().filter(d -> d.verdict() == Verdict.TIMEOUT).count());
        assertEquals("ftd0001", report.devices().get(0).target());
        assertEquals(ExitStatus.FINDINGS, report.exitStatus());
        String summary = err.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("dns on 201 devices in "), summary);
        assertTrue(summary.contains(": 100 FAIL, 1 UNREACHABLE, 20 TIMEOUT, 80 PASS\n"), summary);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("Admin123"));
        assertFalse(summary.contains("Admin123"));
        DeviceReport hung = report.devices().get(LABS - 1);
        assertTrue(hung.run().steps().get(0).reason().startsWith("show-network: no prompt from 127.0.0.1 after 25.0 s"),
                hung.run().steps().get(0).reason());
    }

    private static String port() throws IOException {
        String defaults = Files.readString(inventory).lines().filter(l -> l.startsWith("  address: ssh://127.0.0.1:"))
                .findFirst().orElseThrow();
        return defaults.substring(defaults.lastIndexOf(':') + 1);
    }
}
