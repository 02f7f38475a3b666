package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tutorial lab walked in the interactive shell on a real pty (tmux), keys and all: {@code ?} and TAB are JLine's
 * here, yet they meet the same objectives as in a pipe or over {@code fpsh serve}, because each is noted on the
 * device's trail; {@code :lab reset} clears it.
 */
@Tmux
@ExtraJvm
class TutorialTmuxTest {
    private TmuxScreen screen;

    @AfterEach
    void stopFpsh() {
        if (screen != null) {
            screen.close();
        }
    }

    private String check(String what) throws Exception {
        screen.type(":lab check");
        screen.press("Enter");
        return screen.waitFor(what, s -> s.contains(":lab check") && TmuxScreen.lastLine(s).equals(">")
                && s.substring(s.lastIndexOf(":lab check")).contains("objectives not met."));
    }

    @Test
    void theStepsWalkedWithTheKeysAreMetAndAResetForgetsThem() throws Exception {
        TmuxScreen.assumeInstalled();
        Path home = FpshProcess.tempHome();
        screen = TmuxScreen.startLab(home, "--lab", "ftd01-tutorial");
        screen.waitForClishPrompt();
        screen.type("show netw");
        screen.press("Tab");
        screen.waitFor("'network' completed by TAB", s -> s.contains("> show network"));
        screen.press("C-u");
        screen.type("show ");
        screen.type("?");
        screen.waitFor("the help listing", s -> s.contains("version") && s.contains("Display"));
        screen.press("C-u");
        String first = check("the check after ? and TAB");
        String afterKeys = first.substring(first.lastIndexOf(":lab check"));
        assertTrue(afterKeys.contains("1. you listed what may come next with ? at the clish: met"), afterKeys);
        assertTrue(afterKeys.contains("2. you completed a word with Tab: met"), afterKeys);
        assertTrue(afterKeys.contains("3. you ran a clish command typed in abbreviated words (sh for show): not met"),
                "a completed word is typed whole: " + afterKeys);
        assertTrue(afterKeys.contains("5 of 7 objectives not met."), afterKeys);
        screen.type(":lab reset");
        screen.press("Enter");
        screen.waitFor("the reset", s -> s.contains("Lab ftd01-tutorial reset: the device is as planted.")
                && TmuxScreen.lastLine(s).equals(">"));
        screen.press("C-l"); // a clear screen, so the check waited for is the next one
        screen.waitFor("a clear screen", s -> !s.contains(":lab check"));
        String reset = check("the check after the reset");
        assertTrue(reset.substring(reset.lastIndexOf(":lab check")).contains("7 of 7 objectives not met."), reset);
    }
}
