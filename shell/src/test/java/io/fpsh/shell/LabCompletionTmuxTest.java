package io.fpsh.shell;

import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed {@code completions/fpsh.bash} in a real interactive bash (tmux), as a user has it: Tab after
 * {@code --lab} gives shipped lab names and lab files, after {@code --target} the target kinds and lab: names.
 */
@Tmux
class LabCompletionTmuxTest {
    @TempDir
    Path folder;
    private TmuxScreen screen;

    @BeforeEach
    void startBash() throws Exception {
        assumeTrue(TmuxScreen.tmuxInstalled(), "tmux is not installed");
        Files.writeString(folder.resolve("my-lab.yaml"), "name: mine\n");
        Path script = CompletionScriptsTest.repositoryRoot().resolve("completions").resolve("fpsh.bash");
        Path rc = folder.resolve("bashrc");
        Files.writeString(rc, "PS1='$ '\nbind 'set show-all-if-ambiguous off'\nsource '" + script + "'\ncd '" + folder + "'\n");
        screen = TmuxScreen.start(folder, List.of("bash", "--noprofile", "--rcfile", rc.toString(), "-i"));
        screen.waitFor("the prompt", text -> TmuxScreen.lastLine(text).equals("$"));
    }

    @AfterEach
    void stop() {
        if (screen != null) {
            screen.close();
        }
    }

    /** Types {@code line}, presses Tab once and returns the completed line (the screen keeps no trailing space). */
    private String completed(String line, String expected) throws Exception {
        screen.type(line);
        screen.press("Tab");
        String text = screen.waitFor("'" + expected + "'", s -> TmuxScreen.lastLine(s).equals("$ " + expected));
        screen.press("C-u");
        screen.waitFor("an empty line", s -> TmuxScreen.lastLine(s).equals("$"));
        return TmuxScreen.lastLine(text);
    }

    @Test
    void labCompletesShippedLabNames() throws Exception {
        assertTrue(completed("fpsh --lab ftd01-no-e", "fpsh --lab ftd01-no-events").endsWith("ftd01-no-events"));
        completed("fpsh -c 'show version' --lab ftd01-tls-i", "fpsh -c 'show version' --lab ftd01-tls-inspection");
        completed("fpsh serve --lab ftd01-pro", "fpsh serve --lab ftd01-proxy");
    }

    @Test
    void labCompletesLabFilesToo() throws Exception {
        completed("fpsh --lab my-", "fpsh --lab my-lab.yaml");
    }

    @Test
    void targetCompletesItsKindsAndLabNamesAfterTheColon() throws Exception {
        completed("fpsh --target loc", "fpsh --target local");
        completed("fpsh --target ss", "fpsh --target ssh://");
        completed("fpsh --target lab:ftd01-cloc", "fpsh --target lab:ftd01-clock-skew");
        completed("fpsh --target lab:", "fpsh --target lab:" + commonPartOfLabNames()); // not a file here
        completed("fpsh --target lab:ftd01-dns --lab ftd01-pro", "fpsh --target lab:ftd01-dns --lab ftd01-proxy");
    }

    /** What Tab adds after {@code lab:}: the shipped labs' names' common beginning (ftd01-, ftd72-...: {@code ftd}). */
    private static String commonPartOfLabNames() {
        List<String> names = io.fpsh.sim.run.LabDevices.shipped().stream().map(io.fpsh.sim.run.LabDevices.ShippedLab::name).toList();
        String common = names.get(0);
        for (String name : names) {
            while (!name.startsWith(common)) {
                common = common.substring(0, common.length() - 1);
            }
        }
        assertFalse(common.isEmpty(), "the shipped labs' names share no beginning: " + names);
        return common;
    }
}
