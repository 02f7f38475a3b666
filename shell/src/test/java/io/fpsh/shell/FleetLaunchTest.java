package io.fpsh.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.playbook.RunOptions;
import io.fpsh.playbook.RunReport;
import io.fpsh.playbook.Verdict;
import io.fpsh.playbook.dsl.PlaybookLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FleetLaunch's contract with fpsh run: usage errors before anything connects, JSON lines out, the table on stderr. */
class FleetLaunchTest {
    private static final RunOptions OPTIONS = new RunOptions(Map.of(), Duration.ofSeconds(20), Duration.ofSeconds(60),
            RunOptions.FixMode.NONE, false);

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private RunReport launch(String inventory, String limit, int parallel, Map<String, String> environment)
            throws Exception {
        return launch(inventory, limit, parallel, environment, false);
    }

    private RunReport launch(String inventory, String limit, int parallel, Map<String, String> environment,
                             boolean terminal) throws Exception {
        Path file = folder.resolve("fleet.yaml");
        Files.writeString(file, inventory);
        return FleetLaunch.run(PlaybookLoader.shipped("dns"),
                new FleetLaunch.Request(file, limit, parallel, Duration.ofMinutes(5), OPTIONS, environment),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal);
    }

    @Test
    void aBadInventoryLimitOrParallelIsAUsageErrorBeforeAnythingRuns() {
        FpshException secret = assertThrows(FpshException.class,
                () -> launch("hosts:\n  a: {address: 10.0.0.1, user: admin, password: Cisco123}\n", null, 4, Map.of()));
        assertEquals(2, secret.exitStatus());
        assertTrue(secret.getMessage().endsWith("fleet.yaml:2: 'password': an inventory holds no password or secret;"
                + " give password-env: VARIABLE, ask-password: true, key-file: FILE or ssh-agent: true"),
                secret.getMessage());
        FpshException limit = assertThrows(FpshException.class,
                () -> launch("hosts:\n  a: {address: lab:ftd01-blocked-eu}\n", "b", 4, Map.of()));
        assertEquals(2, limit.exitStatus());
        assertTrue(limit.getMessage().startsWith("--limit b: no host or group of that name in "), limit.getMessage());
        FpshException parallel = assertThrows(FpshException.class,
                () -> launch("hosts:\n  a: {address: lab:ftd01-blocked-eu}\n", null, 0, Map.of()));
        assertEquals("run: --parallel 0: give 1 to 1024", parallel.getMessage());
        FpshException unset = assertThrows(FpshException.class, () -> launch(
                "defaults: {user: admin, password-env: FLEET_PW}\nhosts:\n  a: {address: 127.0.0.1}\n", null, 4,
                Map.of()));
        assertEquals("password-env FLEET_PW (host a, line 3): the environment variable FLEET_PW is not set",
                unset.getMessage());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing ran");
    }

    @Test
    void aLimitedRunPrintsOneJsonLinePerDeviceAndTheTableOnStderr() throws Exception {
        RunReport report = launch("""
                groups:
                  eu: {data: {site-dns: 192.0.2.11}}
                hosts:
                  paris: {address: lab:ftd01-blocked-eu, groups: [eu]}
                  berlin: {address: lab:ftd01-blocked-eu, groups: [eu]}
                  nyc: {address: lab:ftd01-dns}
                """, "eu", 2, Map.of());
        assertEquals(2, report.devices().size());
        assertEquals(Verdict.PASS, report.verdict());
        assertEquals(0, report.exitStatus());
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            JsonNode device = new ObjectMapper().readTree(line);
            assertEquals("PASS", device.get("verdict").asText(), line);
            assertEquals("lab:ftd01-blocked-eu", device.get("target").asText());
        }
        String table = err.toString(StandardCharsets.UTF_8);
        assertTrue(table.matches("dns on 2 devices in \\d+\\.\\d s: 2 PASS\n"), table);
        assertFalse(table.contains("\r"), "no progress line off a terminal");
    }

    @Test
    void onATerminalTheProgressLineIsRedrawnInPlaceThenCleared() throws Exception {
        launch("hosts:\n  a: {address: lab:ftd01-blocked-eu}\n", null, 1, Map.of(), true);
        String screen = err.toString(StandardCharsets.UTF_8);
        // the first draw may come after the one device ended (a run of 0.1 s on a quiet machine): 0/1 or 1/1
        assertTrue(screen.matches("(?s)\r\033\\[K\\[[.#]{24}\\] [01]/1 done, 0 failed, .*"), screen);
        assertTrue(screen.contains("\r\033[Kdns on 1 devices in "), "cleared before the summary: " + screen);
        assertTrue(screen.endsWith(" s: 1 PASS\n"), screen);
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count());
    }
}
