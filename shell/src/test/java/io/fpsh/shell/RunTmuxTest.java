package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh run} on a real terminal (tmux): the verdicts in colour, none under NO_COLOR; --fix may ask there. */
@ExtraJvm
@Tmux
class RunTmuxTest {
    private static final String PLAYBOOK = """
            playbook 'hostname', 'the host name'
            finding 'HOSTNAME-WRONG', title: 'the host name is not the one wanted', impact: 'none', verdict: FAIL, guide: 'none'
            step 'hostname-read', 'the host name is right', {
                String name = showNetwork().hostname()
                if (name != param('want-hostname', 'ftd01')) {
                    report 'HOSTNAME-WRONG', expected: param('want-hostname', 'ftd01'), actual: name,
                            fix: [clish("configure network hostname ${param('want-hostname', 'ftd01')}")]
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void theVerdictWordsAreInColourOnATerminal() throws Exception {
        String screen = runOnTerminal(Map.of(), "--param", "want-hostname=fw-paris");
        assertTrue(screen.contains("\u001b[1;31mFAIL\u001b[0m") || screen.contains("\u001b[1m\u001b[31mFAIL"), screen);
        assertTrue(screen.contains("[fpsh exited 1]"), screen);
    }

    @Test
    void noColorTurnsTheColourOff() throws Exception {
        String screen = runOnTerminal(Map.of("NO_COLOR", "1"));
        assertTrue(screen.contains("PASS        the host name is right"), screen);
        assertFalse(screen.contains("\u001b[32m"), screen);
        assertTrue(screen.contains("[fpsh exited 0]"), screen);
    }

    @Test
    void fixOnATerminalAsksBeforeEachCommandThenRunsAgain() throws Exception {
        String screen = runOnTerminal(Map.of(), List.of("y"), "--fix", "--param", "want-hostname=fw-paris");
        assertFalse(screen.contains("needs --yes"), screen);
        assertTrue(screen.contains("Fix HOSTNAME-WRONG: run 'configure network hostname fw-paris' (clish)? [y/N]: y"),
                screen);
        assertTrue(screen.contains("FIXED"), screen);
        assertTrue(screen.contains("[fpsh exited 0]"), "the run after the fix passes: " + screen);
    }

    /** Runs fpsh run on the playbook in a tmux pane, the pane kept open with its exit status. */
    private String runOnTerminal(Map<String, String> environment, String... more) throws Exception {
        return runOnTerminal(environment, List.of(), more);
    }

    /** As above, typing each of {@code answers} (then Enter) at the fix questions, in turn. */
    private String runOnTerminal(Map<String, String> environment, List<String> answers, String... more)
            throws Exception {
        TmuxScreen.assumeInstalled();
        Path file = Files.writeString(folder.resolve("hostname.groovy"), PLAYBOOK);
        List<String> command = new java.util.ArrayList<>(FpshProcess.labCommand(folder, "run", file.toString(),
                "--target", "lab:ftd01-dns"));
        command.addAll(List.of(more));
        Map<String, String> all = new HashMap<>(FpshProcess.labEnvironment(folder));
        all.putAll(environment);
        try (TmuxScreen screen = TmuxScreen.start(folder, all, command)) {
            for (String answer : answers) {
                for (int wait = 1; ; wait++) {
                    try {
                        screen.waitFor("a fix question", s -> TmuxScreen.lastLine(s).endsWith("[y/N]:"));
                        break;
                    } catch (AssertionError stillRunning) {
                        if (wait == 6) {
                            throw stillRunning;
                        }
                    }
                }
                screen.type(answer);
                screen.press("Enter");
            }
            // a JVM start and a Groovy compilation on a shared machine: longer than one wait of the screen
            for (int wait = 1; ; wait++) {
                try {
                    screen.waitFor("fpsh run to finish", s -> s.contains("[fpsh exited "));
                    return screen.textWithColours();
                } catch (AssertionError stillRunning) {
                    if (wait == 6) {
                        throw stillRunning;
                    }
                }
            }
        }
    }
}
