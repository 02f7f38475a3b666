package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The interactive shell's Ctrl-A d through a real terminal (tmux): it detaches from the diagnostic CLI as on the
 * console, and once back at the clish Ctrl-A is beginning-of-line again. Skipped without tmux.
 */
class DiagnosticCliTmuxTest {
    private Path home;
    private TmuxScreen screen;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(TmuxScreen.tmuxInstalled(), "tmux is not installed (apt-get install -y tmux)");
        home = FpshProcess.tempHome();
        screen = TmuxScreen.start(home, FpshProcess.labEnvironment(home),
                FpshProcess.labCommand(home, "--lab", FastLab.write(home, "ftd01-dns").toString()));
        screen.waitFor("the clish prompt", s -> TmuxScreen.lastLine(s).equals(">"));
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
}
