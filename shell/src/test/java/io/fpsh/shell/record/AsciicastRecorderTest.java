package io.fpsh.shell.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsciicastRecorderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void headerThenOneEventPerFlushWithNewlinesAsTheTerminalGetsThem() throws Exception {
        Path file = dir.resolve("a.cast");
        try (AsciicastRecorder recorder = AsciicastRecorder.create(file, "fpsh lab:x")) {
            recorder.size(120, 40);
            recorder.output("one\ntwo\r\n");
            recorder.output("\nthree");
        }
        List<JsonNode> lines = lines(file);
        JsonNode header = lines.get(0);
        assertEquals(2, header.get("version").asInt());
        assertEquals(120, header.get("width").asInt());
        assertEquals(40, header.get("height").asInt());
        assertEquals("fpsh lab:x", header.get("title").asText());
        assertTrue(header.get("timestamp").asLong() > 1_600_000_000L, header.toString());
        assertTrue(header.get("env").has("TERM") && header.get("env").has("SHELL"), header.toString());
        assertEquals(3, lines.size());
        // As the tty sends it: ONLCR puts a CR before every LF, even one that had a CR already.
        assertEquals("one\r\ntwo\r\r\n", lines.get(1).get(2).asText());
        assertEquals("\r\nthree", lines.get(2).get(2).asText());
        assertEquals("o", lines.get(1).get(1).asText());
        assertTrue(lines.get(1).get(0).isNumber());
    }

    @Test
    void controlCharactersQuotesAndCharactersOutsideTheBmpSurviveAndLoneSurrogatesAreReplaced() throws Exception {
        Path file = dir.resolve("b.cast");
        String text = "\u0000\u0001\u001b[31m\u007f \"q\" \\ tab\t \uD83D\uDE00 é";
        try (AsciicastRecorder recorder = AsciicastRecorder.create(file, "t")) {
            recorder.output(text);
            recorder.output("half \uD83D end");
        }
        List<JsonNode> lines = lines(file);
        assertEquals(text, lines.get(1).get(2).asText());
        assertEquals("half \uFFFD end", lines.get(2).get(2).asText());
    }

    @Test
    void invalidUtf8BecomesReplacementCharactersAndACharacterCutByAFlushWaits() throws Exception {
        Path file = dir.resolve("c.cast");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        try (AsciicastRecorder recorder = AsciicastRecorder.create(file, "t");
             RecordedOutputStream tee = new RecordedOutputStream(screen, recorder, StandardCharsets.UTF_8)) {
            tee.write(new byte[] {'a', (byte) 0xff, 'b', euro[0]});
            tee.flush();
            tee.write(euro, 1, 2);
            tee.flush();
            byte[] all = screen.toByteArray();
            assertArrayEquals(new byte[] {'a', (byte) 0xff, 'b', euro[0], euro[1], euro[2]}, all);
        }
        List<JsonNode> lines = lines(file);
        assertEquals("a\uFFFDb", lines.get(1).get(2).asText());
        assertEquals("€", lines.get(2).get(2).asText());
    }

    @Test
    void aFileWithoutOutputIsStillAValidRecording() throws Exception {
        Path file = dir.resolve("d.cast");
        AsciicastRecorder.create(file, "t").close();
        assertEquals(1, lines(file).size());
    }

    static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
