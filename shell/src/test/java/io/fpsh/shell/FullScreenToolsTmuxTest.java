package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.RealTool;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * less and vi on a real terminal (tmux, 80x12): fpsh on the default lab's expert shell, one session for the class,
 * each test back at the prompt when it ends. less is held to the real less here, run in a second terminal of the
 * same size on the same text, key after key; vi to vim 9's messages as it gives them here.
 */
@Tmux
@ExtraJvm
@RealTool
class FullScreenToolsTmuxTest {
    private static final String PROMPT = "admin@ftd01:/tmp$";
    private static final int COLUMNS = 80;
    private static final int ROWS = 12;
    private static Path home;
    private static TmuxScreen fpsh;

    @BeforeAll
    static void startFpsh() throws Exception {
        TmuxScreen.assumeInstalled();
        home = FpshProcess.tempHome();
        fpsh = TmuxScreen.start(home, FpshProcess.labEnvironment(home),
                FpshProcess.labCommand(home, "--lab", FastLab.write(home, "ftd01-dns").toString()), COLUMNS, ROWS);
        fpsh.waitForClishPrompt();
        fpsh.type("expert");
        fpsh.press("Enter");
        fpsh.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        command("cd /tmp");
    }

    /** A test that failed half-way leaves vi or less behind: quit them, so the next test starts at the prompt. */
    @AfterEach
    void backToThePrompt() throws Exception {
        if (fpsh == null || TmuxScreen.lastLine(fpsh.text()).equals(PROMPT)) {
            return;
        }
        fpsh.press("Escape");
        fpsh.type(":q!");
        fpsh.press("Enter");
        fpsh.press("q");
        fpsh.press("C-u");
    }

    @AfterAll
    static void stopFpsh() {
        if (fpsh != null) {
            fpsh.close();
        }
    }

    /** Types a line at the prompt and waits for the next prompt (after a clear, so it is the new one). */
    private static String command(String line) throws Exception {
        fpsh.type("clear");
        fpsh.press("Enter");
        fpsh.waitFor("a cleared screen", s -> s.strip().equals(PROMPT) || s.strip().equals("admin@ftd01:~$"));
        fpsh.type(line);
        fpsh.press("Enter");
        // the line as typed (wrapped at 80 columns when long), then a new prompt under it
        return fpsh.waitFor("the prompt after " + line, s -> s.replace("\n", "").contains("$ " + line)
                && TmuxScreen.lastLine(s).matches("admin@ftd01:\\S*\\$"));
    }

    /** The text of a file of {@code count} numbered rows and one long line, as echo -e writes it and the host's file. */
    private static String rows(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("row ").append(i).append(" of the file").append(i == 15 ? " and a long tail".repeat(4) : "").append('\n');
        }
        return text.toString();
    }

    private static void writeInDevice(String name, String text) throws Exception {
        command("echo -e '" + text.substring(0, text.length() - 1).replace("\n", "\\n") + "' > " + name);
    }

    @Test
    void lessPagesAsTheRealLessKeyForKey() throws Exception {
        String text = rows(30); // typed at the prompt: short enough for the line editor to take at once
        writeInDevice("rows.txt", text);
        Path folder = Files.createTempDirectory(home, "less");
        Files.writeString(folder.resolve("rows.txt"), text, StandardCharsets.UTF_8);
        TmuxScreen real = TmuxScreen.start(folder, Map.of(), List.of("bash", "-c",
                "cd '" + folder + "' && exec env -u LESS -u LESSOPEN -u LESSCLOSE less rows.txt"), COLUMNS, ROWS);
        try {
            fpsh.type("less rows.txt");
            fpsh.press("Enter");
            String first = real.waitFor("the real less", s -> s.contains("rows.txt"));
            fpsh.waitFor("the first screen as the real less's:\n" + first, first::equals);
            sameScreenAfter(real, "space", " ");
            sameScreenAfter(real, "b", "b");
            sameScreenAfter(real, "j", "j");
            sameScreenAfter(real, "j", "j");
            sameScreenAfter(real, "k", "k");
            sameScreenAfter(real, "PageDown", "NPage");
            sameScreenAfter(real, "down arrow", "Down");
            sameScreenAfter(real, "PageUp", "PPage");
            sameScreenAfter(real, "G", "G");
            sameScreenAfter(real, "g", "g");
            sameScreenAfter(real, "/row 3", "/", "r", "o", "w", " ", "3");
            sameScreenAfter(real, "Enter", "Enter");
            sameScreenAfter(real, "n", "n");
            sameScreenAfter(real, "N", "N");
            sameScreenAfter(real, "a search that fails", "/", "z", "z", "Enter");
            sameScreenAfter(real, "Enter", "Enter");
            sameScreenAfter(real, "f", "f");
        } finally {
            real.close();
        }
        fpsh.press("q");
        String after = fpsh.waitFor("the prompt after q", s -> TmuxScreen.lastLine(s).equals(PROMPT));
        assertTrue(after.contains(PROMPT + " less rows.txt\n" + PROMPT), "the shell's screen is back:\n" + after);
        lineEditingStillWorks();
    }

    /** Presses the same keys in both terminals; the real one settles first, then fpsh's must show the same. */
    private static void sameScreenAfter(TmuxScreen real, String what, String... keys) throws Exception {
        for (String key : keys) {
            real.press(key);
        }
        Thread.sleep(300);
        String expected = real.textWithColours();
        for (String key : keys) {
            fpsh.press(key);
        }
        try {
            fpsh.waitFor("the screen after " + what, s -> {
                try {
                    return fpsh.textWithColours().equals(expected);
                } catch (Exception e) {
                    return false;
                }
            });
        } catch (AssertionError e) {
            assertEquals(expected, fpsh.textWithColours(), "after " + what);
        }
    }

    /** The terminal is the line editor's again: a key moves the cursor, not a character typed. */
    private static void lineEditingStillWorks() throws Exception {
        fpsh.type("echo fpsh");
        fpsh.press("Left", "Left", "Left", "Left");
        fpsh.type("vi-");
        fpsh.press("Enter");
        fpsh.waitFor("the edited line's output", s -> s.contains("\nvi-fpsh\n" + PROMPT));
    }

    @Test
    void viEditsAFileAndCatShowsTheEdit() throws Exception {
        writeInDevice("notes.txt", "alpha\nbeta\n");
        fpsh.type("vi notes.txt");
        fpsh.press("Enter");
        String opened = fpsh.waitFor("vi's screen", s -> s.contains("\"notes.txt\" 2L, 11B"));
        assertTrue(opened.startsWith("alpha\nbeta\n~\n"), opened);
        assertTrue(TmuxScreen.lastLine(opened).matches("\"notes.txt\" 2L, 11B {43}1,1 {11}All"), opened);
        fpsh.press("j", "A");
        fpsh.waitFor("insert mode", s -> TmuxScreen.lastLine(s).startsWith("-- INSERT --"));
        fpsh.type(" more");
        fpsh.press("Enter");
        fpsh.type("gamma");
        fpsh.press("Escape");
        fpsh.waitFor("normal mode on the new line", s -> s.startsWith("alpha\nbeta more\ngamma\n~")
                && TmuxScreen.lastLine(s).strip().matches("3,5 +All"));
        fpsh.type(":wq");
        fpsh.press("Enter");
        fpsh.waitFor("the prompt", s -> TmuxScreen.lastLine(s).equals(PROMPT));
        String shown = command("cat notes.txt");
        assertTrue(shown.contains("cat notes.txt\nalpha\nbeta more\ngamma\n" + PROMPT), shown);
        lineEditingStillWorks();
    }

    /**
     * The normal-mode keys an engineer reaches for, held to the real vim here (vim -u DEFAULTS: vim 9 with
     * defaults.vim, as fpsh's vi draws it) in a second terminal of the same size on the same file, key after key: the
     * text, the bottom line and the cursor. Word motions over punctuation, blanks and an empty line; yank and put of
     * lines and of characters; delete; undo; search.
     */
    @Test
    void viNormalModeKeysMoveAndEditAsTheRealVim() throws Exception {
        String text = "alpha beta.gamma\n  delta(epsilon) zeta\n\neta theta\niota\n";
        writeInDevice("words.txt", text);
        Path folder = Files.createTempDirectory(home, "vim");
        Files.writeString(folder.resolve("words.txt"), text, StandardCharsets.UTF_8);
        TmuxScreen real = TmuxScreen.start(folder, Map.of(), List.of("bash", "-c", "cd '" + folder
                + "' && exec env -u VIMINIT -u EXINIT vim -u DEFAULTS -i NONE --noplugin words.txt"), COLUMNS, ROWS);
        try {
            fpsh.type("vi words.txt");
            fpsh.press("Enter");
            real.waitFor("the real vim", s -> s.contains("\"words.txt\" 5L"));
            fpsh.waitFor("fpsh's vi", s -> s.contains("\"words.txt\" 5L"));
            // word motions: into punctuation, over blanks, onto the empty line and past it; WORDs; counts
            sameAsVim(real, "w w", "w", "w");
            sameAsVim(real, "w w onto the next line", "w", "w");
            sameAsVim(real, "e e", "e", "e");
            sameAsVim(real, "3w over the empty line", "3", "w");
            sameAsVim(real, "b back onto the empty line", "b", "b");
            sameAsVim(real, "2b", "2", "b");
            sameAsVim(real, "W E", "W", "E");
            sameAsVim(real, "B", "B");
            sameAsVim(real, "G w at the file's last word", "G", "w");
            sameAsVim(real, "w at the file's last character, $ 0 gg", "w", "$", "0", "g", "g");
            // yank and put; the message left by one key stays through the next unless lines move
            sameAsVim(real, "yy p P", "y", "y", "p", "P");
            sameAsVim(real, "3yy", "3", "y", "y");
            sameAsVim(real, "G p: three more lines", "G", "p");
            sameAsVim(real, "gg x p: two characters swapped", "g", "g", "x", "p");
            sameAsVim(real, "dd p: a line moved down", "d", "d", "p");
            sameAsVim(real, "dw, yw P", "d", "w", "y", "w", "P");
            sameAsVim(real, "D", "D");
            sameAsVim(real, "3dd", "3", "d", "d");
            // undo, step after step
            sameAsVim(real, "u", "u");
            sameAsVim(real, "u u", "u", "u");
            // search, then the inserts
            sameAsVim(real, "/eta", "/", "e", "t", "a", "Enter");
            sameAsVim(real, "n", "n");
            sameAsVim(real, "N", "N");
            // Esc last in each step: a key right after it in one burst could read as an escape sequence
            sameAsVim(real, "o", "o", "n", "e", "w", "Escape");
            sameAsVim(real, "O", "O", "u", "p", "Escape");
            sameAsVim(real, "a", "a", "!", "Escape");
            sameAsVim(real, "A", "A", "?", "Escape");
            sameAsVim(real, "2u", "2", "u");
            sameAsVim(real, "j keeps the message", "j");
            sameAsVim(real, ":2, which stays on the command line", ":", "2", "Enter");
            sameAsVim(real, "a search that fails", "/", "z", "z", "z", "Enter");
            sameAsVim(real, "p of the word yanked", "p");
        } finally {
            real.close();
        }
        fpsh.type(":q!");
        fpsh.press("Enter");
        fpsh.waitFor("the prompt", s -> TmuxScreen.lastLine(s).equals(PROMPT));
    }

    /**
     * Presses the same keys in both terminals; once the real vim has settled, fpsh's screen and cursor must be the
     * same (the age in an undo's message, which the two may count a second apart, aside).
     */
    private static void sameAsVim(TmuxScreen real, String what, String... keys) throws Exception {
        real.press(keys);
        Thread.sleep(300);
        String expected = withoutAge(real.text()) + "cursor " + real.cursor();
        fpsh.press(keys);
        try {
            fpsh.waitFor("the screen after " + what, s -> {
                try {
                    return (withoutAge(s) + "cursor " + fpsh.cursor()).equals(expected);
                } catch (Exception e) {
                    return false;
                }
            });
        } catch (AssertionError e) {
            assertEquals(expected, withoutAge(fpsh.text()) + "cursor " + fpsh.cursor(), "after " + what);
        }
    }

    private static String withoutAge(String screen) {
        return screen.replaceAll("\\d+ seconds? ago +", "N seconds ago ");
    }

    @Test
    void quitIsRefusedAfterAChangeAndQuitBangDiscardsIt() throws Exception {
        writeInDevice("keep.txt", "one\ntwo\nthree\n");
        fpsh.type("vi keep.txt");
        fpsh.press("Enter");
        fpsh.waitFor("vi's screen", s -> s.contains("\"keep.txt\" 3L, 14B"));
        fpsh.press("d", "d");
        fpsh.waitFor("the line deleted", s -> s.startsWith("two\nthree\n~"));
        fpsh.type(":q");
        fpsh.press("Enter");
        fpsh.waitFor("vim's E37", s -> TmuxScreen.lastLine(s).startsWith("E37: No write since last change (add ! to override)"));
        fpsh.press("u");
        fpsh.waitFor("the undo", s -> s.startsWith("one\ntwo\nthree\n~")
                && TmuxScreen.lastLine(s).matches("1 more line; before #1  \\d+ seconds? ago +1,1 +All"));
        fpsh.press("C-c");
        // unchanged again after the undo: vim 9's shorter answer
        fpsh.waitFor("Ctrl-C as vim answers it", s -> TmuxScreen.lastLine(s)
                .matches("Type  :qa  and press <Enter> to exit Vim +1,1 +All"));
        fpsh.type("/thr");
        fpsh.press("Enter");
        fpsh.waitFor("the search", s -> TmuxScreen.lastLine(s).matches("/thr +3,1 +All"));
        fpsh.press("x");
        fpsh.type(":q!");
        fpsh.press("Enter");
        fpsh.waitFor("the prompt", s -> TmuxScreen.lastLine(s).equals(PROMPT));
        String shown = command("cat keep.txt");
        assertTrue(shown.contains("cat keep.txt\none\ntwo\nthree\n" + PROMPT), shown);
    }

    // --- containment (issue 12 §7): vi's save on full writable areas ---
    @Test
    void aSaveOnFullWritableAreasGetsVimsWriteError() throws Exception {
        command("awk 'BEGIN { while (1) print \"" + "0123456789".repeat(20) + "\" }' > /tmp/fill");
        try {
            fpsh.type("vi /tmp/note.txt");
            fpsh.press("Enter");
            fpsh.waitFor("vi on a new file", s -> s.contains("\"note.txt\" [New]") || s.contains("\"/tmp/note.txt\" [New]"));
            fpsh.type("ihello");
            fpsh.press("Escape");
            fpsh.type(":w");
            fpsh.press("Enter");
            fpsh.waitFor("vim's E514", s -> TmuxScreen.lastLine(s).contains("E514: write error (file system full?)"));
            fpsh.type(":q!");
            fpsh.press("Enter");
            fpsh.waitFor("the prompt", s -> TmuxScreen.lastLine(s).equals(PROMPT));
        } finally {
            command("> /tmp/fill"); // the space back for the other tests of this session
        }
    }
    // --- end containment ---

    @Test
    void aFileTheModelRendersOpensReadonlyAndRefusesTheWrite() throws Exception {
        fpsh.type("vi /etc/resolv.conf");
        fpsh.press("Enter");
        // the lab's resolv.conf: its nameserver and options lines
        String opened = fpsh.waitFor("vi's screen", s -> s.contains("\"/etc/resolv.conf\" [readonly] 2L, 51B"));
        assertTrue(opened.startsWith("nameserver 192.0.2.10\noptions timeout:1 attempts:1\n~\n"), opened);
        fpsh.press("x");
        fpsh.type(":w");
        fpsh.press("Enter");
        fpsh.waitFor("vim's E45", s -> TmuxScreen.lastLine(s).startsWith("E45: 'readonly' option is set (add ! to override)"));
        fpsh.type(":w!");
        fpsh.press("Enter");
        fpsh.waitFor("vim's E212", s -> TmuxScreen.lastLine(s).startsWith("\"/etc/resolv.conf\" E212: Can't open file for writing"));
        fpsh.type(":q!");
        fpsh.press("Enter");
        fpsh.waitFor("the prompt", s -> TmuxScreen.lastLine(s).equals(PROMPT));
        String shown = command("cat /etc/resolv.conf");
        assertTrue(shown.contains("cat /etc/resolv.conf\nnameserver 192.0.2.10\noptions timeout:1 attempts:1\n" + PROMPT), shown);
    }
}
