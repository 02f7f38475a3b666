package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Tmux;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh --record FILE} in the interactive shell on a real pseudo-terminal (tmux); skipped without tmux. */
@Tmux
@ExtraJvm
class RecordingTmuxTest {
    private Path home;
    private TmuxScreen screen;

    @BeforeEach
    void makeHome() throws Exception {
        TmuxScreen.assumeInstalled();
        home = FpshProcess.tempHome();
    }

    @AfterEach
    void stopFpsh() {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void theScreenIsRecordedAndThePasswordTypedAtThePromptIsNot() throws Exception {
        Path cast = home.resolve("interactive.cast");
        Path lab = FastLab.write(home, "ftd01-dns");
        List<String> command = FpshProcess.labCommand(home, "--lab", lab.toString(), "--record", cast.toString());
        screen = TmuxScreen.start(home, FpshProcess.labEnvironment(home), command);
        Path terminalOutput = home.resolve("terminal-output");
        screen.waitForClishPrompt();
        enter("expert", "admin@ftd01:~$");
        enter("sudo su -", "Password:");
        enter(RecordingLabTest.PASSWORD, "root@ftd01:~#");
        screen.recordOutput(terminalOutput); // from here on, what the terminal received, to compare with
        enter("whoami", "root@ftd01:~#");
        screen.waitFor("whoami's answer", s -> s.contains("whoami\nroot\nroot@ftd01:~#"));
        screen.press("C-d");
        screen.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        screen.press("C-d");
        screen.waitForClishPrompt();
        screen.press("C-d");
        String text = screen.waitFor("fpsh to exit 0", s -> s.contains("[fpsh exited 0]"));

        List<JsonNode> lines = RecordingLabTest.parseLines(cast);
        JsonNode header = lines.get(0);
        assertEquals(120, header.get("width").asInt());
        assertEquals(40, header.get("height").asInt());
        assertTrue(header.get("title").asText().startsWith("fpsh lab:"), header.toString());
        String recorded = RecordingLabTest.outputOf(lines);
        assertTrue(recorded.contains("Password:"), recorded);
        assertTrue(recorded.contains("whoami"), recorded);
        assertTrue(recorded.contains("root\r\n"), recorded);
        assertFalse(Files.readString(cast, StandardCharsets.UTF_8).contains(RecordingLabTest.PASSWORD),
                "the password was recorded");
        assertFalse(text.contains(RecordingLabTest.PASSWORD), text);
        // What the terminal received after the password is in the recording as it was sent (prompt, echo, output).
        String sent = Files.readString(terminalOutput, StandardCharsets.UTF_8);
        String whoamiOutput = "root\r\n";
        assertTrue(sent.contains(whoamiOutput), sent);
        assertTrue(recorded.contains(sent.substring(0, sent.indexOf(whoamiOutput) + whoamiOutput.length())),
                "terminal got:\n" + sent + "\nrecorded:\n" + recorded);
    }

    /** Types a line and waits for {@code nextPrompt} as the last line: the caller checks what came before it. */
    private void enter(String line, String nextPrompt) throws Exception {
        screen.type(line);
        screen.press("Enter");
        screen.waitFor(nextPrompt, s -> TmuxScreen.lastLine(s).equals(nextPrompt));
    }
}
