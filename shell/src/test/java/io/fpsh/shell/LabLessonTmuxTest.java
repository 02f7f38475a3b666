package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code :lab} in the interactive shell on a real pty (tmux): TAB offers its sub-commands, the check answers. */
@Tmux
@ExtraJvm
class LabLessonTmuxTest {
    private TmuxScreen screen;

    @AfterEach
    void stopFpsh() {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void tabOffersTheSubcommandsAndTheCheckFollowsTheFix() throws Exception {
        TmuxScreen.assumeInstalled();
        Path home = FpshProcess.tempHome();
        screen = TmuxScreen.startLab(home, "--lab", "ftd01-dns");
        screen.waitForClishPrompt();
        screen.type(":lab ");
        screen.press("Tab");
        screen.waitFor("the sub-commands listed", s -> s.contains("check") && s.contains("hint") && s.contains("reset")
                && s.contains("solution"));
        screen.type("ch");
        screen.press("Tab");
        screen.waitFor("'check' completed", s -> s.contains("> :lab check"));
        screen.press("Enter");
        screen.waitFor("the check", s -> s.contains("5 of 5 objectives not met.") && TmuxScreen.lastLine(s).equals(">"));
        screen.type("configure network dns servers 192.0.2.11");
        screen.press("Enter");
        screen.type(":lab check");
        screen.press("Enter");
        String after = screen.waitFor("the check after the fix", s -> s.contains("All objectives met.")
                && TmuxScreen.lastLine(s).equals(">"));
        assertTrue(after.contains("resolves through the device's DNS servers: met"), after);
    }
}
