package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * FXOS on the Firepower 2110 lab through a real terminal (tmux): {@code connect fxos} from the clish, FXOS's banner
 * and prompt, the commands the model has, {@code ?}, FXOS's refusal with its caret, {@code connect local-mgmt}, and
 * {@code exit} back to {@code >}. One fpsh for the class; each test starts and ends at the clish prompt.
 */
@Tmux
@ExtraJvm
class FxosTmuxTest {
    private static final String FXOS = "fpr2110#";
    private static Path home;
    private static TmuxScreen screen;

    @BeforeAll
    static void startFpsh() throws Exception {
        assumeTrue(TmuxScreen.tmuxInstalled(), "tmux is not installed (apt-get install -y tmux)");
        home = FpshProcess.tempHome();
        screen = TmuxScreen.start(home, FpshProcess.labEnvironment(home),
                FpshProcess.labCommand(home, "--lab", FastLab.write(home, "fpr2110-healthy").toString()));
        screen.waitFor("the clish prompt", s -> TmuxScreen.lastLine(s).equals(">"));
    }

    @AfterAll
    static void stopFpsh() {
        if (screen != null) {
            screen.close();
        }
    }

    /** A test that failed half-way leaves FXOS's prompt: leave it, so the next test starts at the clish. */
    @AfterEach
    void backToTheClish() throws Exception {
        if (screen == null) {
            return;
        }
        for (int i = 0; i < 3 && !TmuxScreen.lastLine(screen.text()).equals(">"); i++) {
            screen.press("C-u");
            screen.type("exit");
            screen.press("Enter");
            screen.waitFor("a prompt after exit", s -> TmuxScreen.lastLine(s).matches(">|fpr2110(\\(local-mgmt\\))?#"));
        }
    }

    /** Types a line, presses Enter and waits for the prompt {@code prompt} under the line. */
    private static String line(String typed, String prompt) throws Exception {
        clearScreen();
        screen.type(typed);
        screen.press("Enter");
        return screen.waitFor("the prompt " + prompt + " after " + typed,
                s -> s.contains(typed + "\n") && TmuxScreen.lastLine(s).equals(prompt));
    }

    /** Ctrl-L, the line editor's clear-screen: what follows on the screen is the next line's alone. */
    private static void clearScreen() throws Exception {
        screen.press("C-l");
        screen.waitFor("a cleared screen", s -> s.strip().lines().count() == 1);
    }

    @Test
    void connectFxosShowsItsBannerAndPromptAndExitComesBack() throws Exception {
        String connected = line("connect fxos", FXOS);
        assertTrue(connected.contains("Cisco Firepower Extensible Operating System (FX-OS) Software"), connected);
        assertTrue(connected.contains("TAC support: http://www.cisco.com/tac"), connected);

        String version = line("show version", FXOS);
        assertTrue(version.matches("(?s).*\n  Version: \\S+\n  Startup-Vers: \\S+\n" + FXOS + "\\s*"), version);

        String mgmt = line("connect local-mgmt", "fpr2110(local-mgmt)#");
        assertFalse(mgmt.contains("Invalid"), mgmt);
        line("exit", FXOS);

        String back = line("exit", ">");
        assertFalse(back.contains("Invalid"), back);
        // the clish's own commands again, not FXOS's
        String clish = line("show version", ">");
        assertTrue(clish.contains("Model                     : Cisco Firepower 2110 Threat Defense"), clish);
    }

    @Test
    void questionMarkListsFxossCommandsAndAWrongOneGetsItsCaret() throws Exception {
        line("connect fxos", FXOS);
        clearScreen();
        screen.type("?");
        // the help comes at once, without Enter, and the prompt is offered again with nothing typed
        String help = screen.waitFor("FXOS's help", s -> s.contains("Show system information")
                && TmuxScreen.lastLine(s).equals(FXOS));
        assertTrue(help.contains("  connect ") && help.contains("  exit ") && help.contains("  show "), help);
        assertFalse(help.contains("expert"), "the clish's commands are not FXOS's: " + help);

        String refused = line("scope system", FXOS);
        assertTrue(refused.contains("\n         ^\n% Invalid Command at '^' marker\n"), refused);
        String incomplete = line("show", FXOS);
        assertTrue(incomplete.contains("% Incomplete Command at '^' marker"), incomplete);

        line("exit", ">");
    }
}
