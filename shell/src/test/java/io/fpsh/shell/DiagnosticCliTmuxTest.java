package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interactive shell's Ctrl-A d through a real terminal (tmux): it detaches from the diagnostic CLI as on the
 * console, and once back at the clish Ctrl-A is beginning-of-line again. Skipped without tmux.
 */
@Tmux
@ExtraJvm
class DiagnosticCliTmuxTest {
    private Path home;
    private TmuxScreen screen;

    @BeforeEach
    void start() throws Exception {
        TmuxScreen.assumeInstalled();
        home = FpshProcess.tempHome();
        screen = TmuxScreen.startLab(home, "--lab", FastLab.write(home, "ftd01-dns").toString());
        screen.waitForClishPrompt();
    }

    @AfterEach
    void stop() {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void ctrlADDetachesFromLinaAndCtrlAMovesToTheLineStartElsewhere() throws Exception {
        screen.type("system support diagnostic-cli");
        screen.press("Enter");
        screen.waitFor("LINA's prompt", s -> TmuxScreen.lastLine(s).equals("firepower>"));
        screen.type("enable");
        screen.press("Enter");
        screen.waitFor("the enable password question", s -> TmuxScreen.lastLine(s).startsWith("Password:"));
        screen.press("Enter");
        screen.waitFor("the privileged prompt", s -> TmuxScreen.lastLine(s).equals("firepower#"));

        screen.type("show ver"); // typed and then abandoned: the console detaches whatever is on the line
        screen.press("C-a", "d");
        String back = screen.waitFor("the clish again", s -> TmuxScreen.lastLine(s).equals(">"));
        assertTrue(back.contains("Console connection detached."), back);
        assertTrue(back.contains("firepower# ^Ad"), "the detach shows as fpsh's typed spelling: " + back);

        screen.type("version");
        screen.press("C-a");
        screen.type("show ");
        screen.waitFor("Ctrl-A moved to the line start", s -> TmuxScreen.lastLine(s).equals("> show version"));
        screen.press("Enter");
        screen.waitFor("show version's output", s -> s.contains("Model                     :")
                && TmuxScreen.lastLine(s).equals(">"));
    }

    @Test
    void ctrlDAtLinaDoesNothingAndEachModeRecallsOnlyItsOwnLines() throws Exception {
        screen.type("show version");
        screen.press("Enter");
        screen.waitFor("show version's output", s -> s.contains("Model") && TmuxScreen.lastLine(s).equals(">"));
        screen.type("system support diagnostic-cli");
        screen.press("Enter");
        screen.waitFor("LINA's prompt", s -> TmuxScreen.lastLine(s).equals("firepower>"));
        screen.press("C-d");
        screen.press("Up"); // LINA's history is empty: the clish's lines are not offered
        screen.type("show clock");
        screen.waitFor("the line typed at the same prompt", s -> TmuxScreen.lastLine(s).equals("firepower> show clock"));
        screen.press("Enter");
        screen.waitFor("the clock and the prompt again", s -> TmuxScreen.lastLine(s).equals("firepower>")
                && s.contains("firepower> show clock\n"));
        screen.press("Up");
        screen.waitFor("LINA's own last line", s -> TmuxScreen.lastLine(s).equals("firepower> show clock"));
        screen.press("C-u");
        screen.press("C-a", "d");
        screen.waitFor("the clish again", s -> TmuxScreen.lastLine(s).equals(">"));
        screen.press("Up");
        String recalled = screen.waitFor("the clish's last line", s -> TmuxScreen.lastLine(s).equals("> system support diagnostic-cli"));
        assertFalse(recalled.contains("[fpsh exited"), recalled);
        screen.press("C-u");
        screen.press("C-d");
        screen.waitFor("fpsh to exit 0 on Ctrl-D at the clish", s -> s.contains("[fpsh exited 0]"));

        Path lina;
        try (var files = Files.list(home.resolve(".fpsh/history"))) {
            lina = files.filter(f -> f.getFileName().toString().endsWith(".diagnostic")).findFirst().orElseThrow();
        }
        String clish = lina.getFileName().toString().replace(".diagnostic", "");
        assertEquals("show version\nsystem support diagnostic-cli", lineTexts(lina.resolveSibling(clish)));
        // the detach keys are no command: never saved
        assertEquals("show clock", lineTexts(lina));
    }

    /** A JLine history file without the timestamps. */
    private static String lineTexts(Path history) throws Exception {
        return String.join("\n", Files.readAllLines(history).stream().map(l -> l.substring(l.indexOf(':') + 1)).toList());
    }
}
