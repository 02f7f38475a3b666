package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh --record FILE} on the default lab: piped sessions, {@code -c}, bad paths and a killed fpsh. */
@ExtraJvm
class RecordingLabTest {
    static final String PASSWORD = "Admin123";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPipedSessionIsRecordedAsItsTranscriptWithoutThePassword() throws Exception {
        Path home = FpshProcess.tempHome();
        Path cast = home.resolve("session.cast");
        String script = String.join("\n", "show version", "expert", "sudo su -", PASSWORD, "whoami", "exit", "exit", "");
        FpshProcess.Result result = FpshProcess.runOnLab(home, script, "--record", cast.toString());
        assertEquals(0, result.exitStatus(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().contains("root@ftd01:~# whoami\nroot\n"), result.out());

        List<JsonNode> lines = parseLines(cast);
        JsonNode header = lines.get(0);
        assertEquals(2, header.get("version").asInt());
        assertEquals(80, header.get("width").asInt());
        assertEquals(24, header.get("height").asInt());
        assertEquals("fpsh lab:ftd01-dns", header.get("title").asText());
        long now = System.currentTimeMillis() / 1000;
        assertTrue(Math.abs(now - header.get("timestamp").asLong()) < 120, header.toString());
        assertTrue(header.get("env").get("SHELL").isTextual() && header.get("env").get("TERM").isTextual(), header.toString());
        // Recorded as a terminal receives it: the tty turns each newline into CR LF.
        assertEquals(result.out().replace("\n", "\r\n"), outputOf(lines));
        assertFalse(Files.readString(cast, StandardCharsets.UTF_8).contains(PASSWORD), "the password was recorded");
    }

    @Test
    void underDashCTheOutputsAreRecorded() throws Exception {
        Path home = FpshProcess.tempHome();
        Path cast = home.resolve("c.cast");
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--record=" + cast, "-c", "show version; show bogus");
        assertTrue(result.out().contains("Cisco Firepower Threat Defense"), result.out());
        assertTrue(result.err().contains("Syntax error"), result.err());
        String recorded = outputOf(parseLines(cast));
        assertTrue(recorded.contains(result.out().replace("\n", "\r\n")), recorded);
        assertTrue(recorded.contains(result.err().replace("\n", "\r\n")), recorded);
    }

    @Test
    void aPathThatCannotBeWrittenIsOneLineAndExitStatus2() throws Exception {
        Path home = FpshProcess.tempHome();
        String missing = home.resolve("no/such/dir/x.cast").toString();
        FpshProcess.Result result = FpshProcess.runOnLab(home, "", "--record", missing, "-c", "show version");
        assertEquals(2, result.exitStatus());
        assertEquals("", result.out());
        assertEquals("fpsh: cannot record to " + missing + ": no such directory\n", result.err());

        result = FpshProcess.runOnLab(home, "", "--lab", "ftd01-dns", "--record", home.toString());
        assertEquals(2, result.exitStatus());
        assertEquals("fpsh: cannot record to " + home + ": Is a directory\n", result.err());
    }

    @Test
    void aRecordingThatCannotBeWrittenEndsWithANonZeroStatusAndKeepsTheScreen() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full on this host");
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), "", "--record", full.toString(),
                "-c", "show version");
        assertTrue(result.out().contains("Cisco Firepower Threat Defense"), "the screen keeps the output: " + result.out());
        assertEquals("fpsh: the recording /dev/full stopped early: No space left on device\n", result.err());
        assertEquals(1, result.exitStatus());

        result = FpshProcess.runOnLab(FpshProcess.tempHome(), "", "--record", full.toString(), "-c", "expert; ls /nope");
        assertTrue(result.err().endsWith("fpsh: the recording /dev/full stopped early: No space left on device\n"),
                result.err());
        assertEquals(2, result.exitStatus(), "the command's own failure status stays");
    }

    @Test
    void aKilledFpshLeavesAValidRecordingUpToItsLastEvent() throws Exception {
        Path home = FpshProcess.tempHome();
        Path cast = home.resolve("killed.cast");
        ProcessBuilder builder = new ProcessBuilder(FpshProcess.labCommand(home, "--record", cast.toString()));
        builder.environment().putAll(FpshProcess.labEnvironment(home));
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process fpsh = builder.start();
        try (OutputStream stdin = fpsh.getOutputStream()) {
            stdin.write("expert\nwhoami\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush(); // stdin stays open: fpsh waits at the next prompt
            long deadline = System.currentTimeMillis() + 30_000;
            // the prompt after whoami is its own event: wait for it, not only for whoami's line
            while (!outputSoFar(cast).endsWith("whoami\r\nadmin\r\nadmin@ftd01:~$ ")) {
                assertTrue(System.currentTimeMillis() < deadline, "whoami never recorded:\n" + recordedSoFar(cast));
                Thread.sleep(50);
            }
            fpsh.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertTrue(fpsh.waitFor(10, TimeUnit.SECONDS));
        }
        List<JsonNode> lines = parseLines(cast);
        assertTrue(outputOf(lines).endsWith("admin@ftd01:~$ whoami\r\nadmin\r\nadmin@ftd01:~$ "), outputOf(lines));
        assertTrue(Files.readString(cast).endsWith("]\n"));
    }

    /** The "o" events of the lines written in full so far (the last line may be half written). */
    private static String outputSoFar(Path cast) throws Exception {
        String text = recordedSoFar(cast);
        StringBuilder output = new StringBuilder();
        int start = text.indexOf('\n') + 1; // after the header
        for (int end = text.indexOf('\n', start); start > 0 && end > 0; start = end + 1, end = text.indexOf('\n', start)) {
            JsonNode event = JSON.readTree(text.substring(start, end));
            if (event.get(1).asText().equals("o")) {
                output.append(event.get(2).asText());
            }
        }
        return output.toString();
    }

    private static String recordedSoFar(Path cast) throws Exception {
        return Files.exists(cast) ? Files.readString(cast, StandardCharsets.UTF_8) : "";
    }

    /** Every line parsed as JSON: the header, then events of three elements. */
    static List<JsonNode> parseLines(Path cast) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(cast, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        assertTrue(nodes.get(0).isObject(), "no header");
        for (JsonNode event : nodes.subList(1, nodes.size())) {
            assertTrue(event.isArray() && event.size() == 3 && event.get(0).isNumber(), event.toString());
        }
        return nodes;
    }

    /** The concatenated text of the "o" events. */
    static String outputOf(List<JsonNode> lines) {
        StringBuilder text = new StringBuilder();
        for (JsonNode event : lines.subList(1, lines.size())) {
            if (event.get(1).asText().equals("o")) {
                text.append(event.get(2).asText());
            }
        }
        return text.toString();
    }
}
