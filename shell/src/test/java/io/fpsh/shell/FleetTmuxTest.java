package io.fpsh.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Sshd;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh run dns --inventory FILE --parallel N} on a real terminal (tmux) against a real
 * {@code fpsh serve --fleet 3}: two devices of the guide's dead DNS server and one whose {@code show network} hangs.
 * The progress bar (done, failed, running, rate, time left) is on stderr while the fleet runs and gives way to the
 * summary table; the JSON lines go to stdout, a file or the same terminal; an inventory's {@code ask-password} is
 * asked once, with the echo off, and the answer is never written anywhere.
 */
@ExtraJvm
@Sshd
@Tmux
class FleetTmuxTest {
    /** The labs' account's password: what the person types at the question. */
    private static final String PASSWORD = "Admin123";
    private static final String QUESTION = "Password for the fleet's ask-password hosts: ";
    private static final Pattern BAR_WITH_ONE_RUNNING = Pattern.compile(
            "(?m)^\\[#{16}\\.{8}] 2/3 done, 2 failed, 1 running, \\d+\\.\\d/s, ~\\d+ s left");
    /** Past the dns playbook's waits on ftd01-dns on a loaded machine; the hung device is TIMEOUT after it. */
    private static final String COMMAND_TIMEOUT = "10";

    @TempDir
    static Path folder;
    private static ServedFleet fleet;

    @BeforeAll
    static void startTheFleet() throws Exception {
        TmuxScreen.assumeInstalled();
        Path hung = ServedFleet.hungLab(folder);
        fleet = ServedFleet.start(folder, 3, List.of("ftd01-dns", "ftd01-dns", hung.toString()));
        assertTrue(fleet.started().contains("a fleet of 3 devices"), fleet.started());
    }

    @AfterAll
    static void stop() {
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    void theBarCountsTheFleetThenGivesWayToTheTableAndTheAskedPasswordIsWrittenNowhere() throws Exception {
        Path run = Files.createDirectories(folder.resolve("asked"));
        Path inventory = Files.writeString(run.resolve("fleet.yaml"), askingInventory());
        Path lines = run.resolve("devices.jsonl");
        // the JSON lines to a file, as a log collector would take them; the person watches stderr
        List<String> command = new ArrayList<>(List.of("bash", "-c", "exec \"$@\" > " + lines, "fpsh"));
        command.addAll(FpshProcess.labCommand(run, "run", "dns", "--inventory", inventory.toString(),
                "--parallel", "3", "--timeout", COMMAND_TIMEOUT, "--json", run.resolve("run.json").toString(),
                "--html", run.resolve("run.html").toString(), "--junit", run.resolve("run.xml").toString()));
        Path typescript = folder.resolve("asked.typescript");
        String end;
        try (TmuxScreen screen = TmuxScreen.start(run, FpshProcess.labEnvironment(run), command, 120, 40)) {
            screen.recordOutput(typescript);
            String asked = waitLong(screen, "the password question",
                    s -> TmuxScreen.lastLine(s).equals(QUESTION.strip()) || s.contains("[fpsh exited "));
            assertEquals(QUESTION.strip(), TmuxScreen.lastLine(asked), asked);
            screen.type(PASSWORD);
            screen.press("Enter");
            String running = waitLong(screen, "two devices done and the hung one running",
                    s -> BAR_WITH_ONE_RUNNING.matcher(s).find() || s.contains("[fpsh exited "));
            assertTrue(BAR_WITH_ONE_RUNNING.matcher(running).find(), running);
            assertFalse(running.contains(PASSWORD), running);
            end = waitLong(screen, "the run to end", s -> s.contains("[fpsh exited "));
        }
        assertTrue(end.contains(QUESTION.strip() + "\n"), "asked once, nothing echoed: " + end);
        assertEquals(1, end.split(Pattern.quote(QUESTION.strip()), -1).length - 1, end);
        assertTrue(Pattern.compile("(?m)^dns on 3 devices in \\d+\\.\\d s: 2 FAIL, 1 TIMEOUT$").matcher(end)
                .find(), end);
        assertTrue(Pattern.compile("(?m)^ftd0003  TIMEOUT      dns-servers: show-network: no prompt from 127.0.0.1")
                .matcher(end).find(), end);
        assertFalse(end.contains(" done, "), "the bar gave way to the table: " + end);
        assertFalse(end.contains("fleetLine"), "the JSON lines went to the file: " + end);
        assertTrue(end.contains("[fpsh exited 1]"), end);

        Map<String, String> verdicts = verdicts(Files.readAllLines(lines, StandardCharsets.UTF_8));
        assertEquals(Map.of("ftd0001", "FAIL", "ftd0002", "FAIL", "ftd0003", "TIMEOUT"), verdicts,
                "the one answer logged every device in");
        for (Path written : writtenFiles(run, typescript)) {
            assertFalse(Files.readString(written, StandardCharsets.ISO_8859_1).contains(PASSWORD),
                    "the password typed is in " + written);
        }
        assertTrue(Files.size(typescript) > 0, "the terminal's bytes were recorded");
    }

    @Test
    void onOneTerminalEachJsonLineStartsALineOfItsOwnNeverAfterTheBar() throws Exception {
        Path run = Files.createDirectories(folder.resolve("shared"));
        List<String> command = FpshProcess.labCommand(run, "run", "dns", "--inventory",
                fleet.inventory().toString(), "--limit", "ftd0001", "--parallel", "1", "--timeout", COMMAND_TIMEOUT);
        Map<String, String> environment = new HashMap<>(FpshProcess.labEnvironment(run));
        environment.put("FPSH_FLEET_PASSWORD", PASSWORD);
        Path typescript = folder.resolve("shared.typescript");
        String end;
        try (TmuxScreen screen = TmuxScreen.start(run, environment, command, 200, 60)) {
            screen.recordOutput(typescript);
            end = waitLong(screen, "the run to end", s -> s.contains("[fpsh exited "));
        }
        assertTrue(Files.readString(typescript, StandardCharsets.ISO_8859_1).contains(" 0/1 done, 0 failed, 1 running"), "the bar was drawn");
        List<String> jsonStarts = end.lines().filter(l -> l.contains("{\"fleetLine\"")).toList();
        assertEquals(1, jsonStarts.size(), end);
        assertTrue(jsonStarts.get(0).startsWith("{\"fleetLine\":1,\"device\":\"ftd0001\","),
                "the bar left before it: " + jsonStarts.get(0));
        assertTrue(Pattern.compile("(?m)^dns on 1 devices in \\d+\\.\\d s: 1 FAIL$").matcher(end).find(), end);
        assertFalse(end.contains(" done, "), "the bar gave way to the table: " + end);
    }

    @Test
    void withoutATerminalToAskOnAskPasswordIsOneLineAndExitTwo() throws Exception {
        Path run = Files.createDirectories(folder.resolve("piped"));
        Path inventory = Files.writeString(run.resolve("fleet.yaml"), askingInventory());
        FpshProcess.Result result = FpshProcess.runOnLab(run, PASSWORD + "\n", "run", "dns", "--inventory",
                inventory.toString());
        assertEquals(2, result.exitStatus(), result.err());
        assertEquals("fpsh: run: the inventory says ask-password but there is no terminal to ask on: give"
                + " password-env: VARIABLE instead\n", result.err());
        assertEquals("", result.out(), "nothing ran");
    }

    /** The served fleet's inventory, its password to be asked instead of read from the environment. */
    private static String askingInventory() throws IOException {
        return Files.readString(fleet.inventory())
                .replace("password-env: FPSH_FLEET_PASSWORD", "ask-password: true")
                .replace("known-hosts: fleet.yaml.known_hosts", "known-hosts: ../fleet.yaml.known_hosts");
    }

    /** The device names and verdicts of the JSON lines, each line checked to be one JSON document. */
    private static Map<String, String> verdicts(List<String> lines) throws IOException {
        Map<String, String> verdicts = new HashMap<>();
        for (String line : lines) {
            JsonNode device = new ObjectMapper().readTree(line);
            verdicts.put(device.get("device").asText(), device.get("verdict").asText());
        }
        assertEquals(lines.size(), verdicts.size(), "one line per device: " + lines);
        return verdicts;
    }

    /** Every file the run wrote (reports, JSON lines, fpsh's home) and every byte it sent to the terminal. */
    private static List<Path> writtenFiles(Path run, Path typescript) throws IOException {
        try (Stream<Path> files = Files.walk(run)) {
            return Stream.concat(files.filter(Files::isRegularFile), Stream.of(typescript)).toList();
        }
    }

    /** A JVM start, a playbook load and a fleet's time-outs on a shared machine: longer than one wait of the screen. */
    private static String waitLong(TmuxScreen screen, String what, java.util.function.Predicate<String> condition)
            throws Exception {
        for (int wait = 1; ; wait++) {
            try {
                return screen.waitFor(what, condition);
            } catch (AssertionError stillRunning) {
                if (wait == 6) {
                    throw stillRunning;
                }
            }
        }
    }
}
