package io.fpsh.shell;

import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.testkind.Sshd;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh serve}'s line editor as a person meets it: the real OpenSSH client ({@code ssh -tt}, the password
 * given by sshpass) in a real terminal (tmux, 120 columns), logged in to the default lab served in this JVM.
 */
@Tmux
@Sshd
class ServeEditorTmuxTest {
    private static final String BELL = "\u0007";
    private static final String EXPERT_PROMPT = "admin@ftd01:~$";
    /** A line of show version's output (the banner names the product too). */
    private static final String VERSION_LINE = "Rules update version";

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private TmuxScreen screen;

    @BeforeAll
    static void startServer() throws Exception {
        SshInTmux.assumeToolsInstalled();
        server = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, false, folder.resolve("home")));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void logIn() throws Exception {
        screen = SshInTmux.logIn(folder, server.port(), 120, 40);
    }

    @AfterEach
    void closeTerminal() {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void questionMarkListsWithHelpAndRedrawsTheLine() throws Exception {
        screen.type("sh?");
        String text = screen.waitFor("the listing and the line again", s -> s.contains("Display system information")
                && TmuxScreen.lastLine(s).equals("> sh"));
        assertTrue(text.contains("> sh?\n  show                Display system information\n> sh"), text);
        screen.type("ow ?");
        text = screen.waitFor("the next words", s -> s.contains("Display the product version")
                && TmuxScreen.lastLine(s).equals("> show"));
        assertTrue(text.contains("  network                Display the network configuration\n"), text);
        // Nothing ran: typing on completes the same line.
        screen.type("version");
        screen.press("Enter");
        screen.waitFor("show version's output", s -> s.contains(VERSION_LINE)
                && TmuxScreen.lastLine(s).equals(">"));
    }

    @Test
    void tabCompletesGrowsListsAndRingsTheBellOnlyWhenNothingFits() throws Exception {
        Path output = Files.createTempFile(folder, "output", ".bytes");
        screen.recordOutput(output);
        screen.type("show netw");
        screen.press("Tab");
        screen.waitFor("the common part", s -> TmuxScreen.lastLine(s).equals("> show network"));
        screen.press("Tab");
        String text = screen.waitFor("the choices", s -> s.contains("network-static-routes")
                && TmuxScreen.lastLine(s).equals("> show network"));
        assertTrue(text.contains("\nnetwork               network-dhcp-server   network-static-routes\n> show network"), text);
        screen.press("C-u");
        screen.type("sh");
        screen.press("Tab");
        screen.type("vers");
        screen.press("Tab");
        screen.type("x");
        // "show version " with its blank, then the x typed after it
        screen.waitFor("both words completed", s -> TmuxScreen.lastLine(s).equals("> show version x"));
        assertFalse(Files.readString(output).contains(BELL), "a bell while completing");
        screen.press("C-u");
        screen.type("show bogus");
        screen.press("Tab");
        screen.type("!");
        screen.waitFor("the line after the bell", s -> TmuxScreen.lastLine(s).equals("> show bogus!"));
        // pipe-pane copies through a cat of its own: give the bytes time to land in the file
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Files.readString(output).contains(BELL)) {
            assertTrue(System.currentTimeMillis() < deadline, "no bell for a word that fits nothing");
            Thread.sleep(50);
        }
    }

    @Test
    void ctrlDAtLinaAndCtrlBackslashAnywhereLeaveTheSessionAlone() throws Exception {
        screen.type("system support diagnostic-cli");
        screen.press("Enter");
        screen.waitFor("LINA's prompt", s -> TmuxScreen.lastLine(s).equals("firepower>"));
        screen.press("C-d");
        screen.press("C-\\");
        screen.type("show version");
        screen.press("Enter");
        screen.waitFor("LINA's version", s -> s.contains("Cisco Adaptive Security Appliance Software Version")
                && TmuxScreen.lastLine(s).equals("firepower>"));
        screen.press("C-a", "d");
        screen.waitFor("the clish again", s -> TmuxScreen.lastLine(s).equals(">"));
        screen.press("C-\\");
        screen.type("show version");
        screen.press("Enter");
        String text = screen.waitFor("the clish's version", s -> count(s, VERSION_LINE) == 2
                && TmuxScreen.lastLine(s).equals(">"));
        assertFalse(text.contains("[fpsh exited") || text.contains("closed"), text);
    }

    @Test
    void upRecallsTheLastCommandAndDownComesBack() throws Exception {
        screen.type("show version");
        screen.press("Enter");
        screen.waitFor("the version", s -> s.contains(VERSION_LINE) && TmuxScreen.lastLine(s).equals(">"));
        screen.type("show netw");
        screen.press("Up");
        screen.waitFor("the previous command", s -> TmuxScreen.lastLine(s).equals("> show version"));
        screen.press("Down");
        screen.waitFor("the line being typed", s -> TmuxScreen.lastLine(s).equals("> show netw"));
        screen.press("C-p");
        screen.waitFor("the previous command again", s -> TmuxScreen.lastLine(s).equals("> show version"));
        screen.press("Enter");
        String text = screen.waitFor("the version twice", s -> count(s, VERSION_LINE) == 2
                && TmuxScreen.lastLine(s).equals(">"));
        assertFalse(text.contains("Syntax error"), text);
    }

    @Test
    void inExpertModeQuestionMarkIsTypedAndTabCompletesFileNames() throws Exception {
        screen.type("expert");
        screen.press("Enter");
        screen.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals(EXPERT_PROMPT));
        screen.type("echo what?");
        screen.press("Enter");
        String text = screen.waitFor("the question mark echoed", s -> s.contains("\nwhat?\n")
                && TmuxScreen.lastLine(s).equals(EXPERT_PROMPT));
        assertTrue(text.contains(EXPERT_PROMPT + " echo what?\n"), text);
        screen.type("cat /etc/resolv.co");
        screen.press("Tab");
        screen.waitFor("the file name completed", s -> TmuxScreen.lastLine(s).equals(EXPERT_PROMPT + " cat /etc/resolv.conf"));
        screen.press("Enter");
        screen.waitFor("the file", s -> s.contains("nameserver 192.0.2.10") && TmuxScreen.lastLine(s).equals(EXPERT_PROMPT));
        // Each program keeps its own history: Up in bash recalls bash's last line, not the clish's "expert".
        screen.press("Up");
        screen.waitFor("bash's last line", s -> TmuxScreen.lastLine(s).equals(EXPERT_PROMPT + " cat /etc/resolv.conf"));
    }

    @Test
    void aLineLongerThanTheScreenIsRecalledAndEditedAcrossRows() throws Exception {
        screen.type("expert");
        screen.press("Enter");
        screen.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals(EXPERT_PROMPT));
        String words = "0123456789".repeat(14);
        screen.type("echo " + words);
        screen.press("Enter");
        screen.waitFor("the echo", s -> s.contains(words.substring(100)) && TmuxScreen.lastLine(s).equals(EXPERT_PROMPT));
        screen.press("Up");
        screen.press("C-a");
        screen.type("X");
        screen.press("End");
        screen.type("Y");
        String text = screen.waitFor("the recalled line edited at both ends",
                s -> TmuxScreen.lastLine(s).endsWith("89Y"));
        List<String> rows = text.lines().filter(l -> !l.isBlank()).toList();
        // The prompt (15) and the line (146) fill a 120-column row and part of the next one.
        assertEquals(EXPERT_PROMPT + " Xecho " + words + "Y", rows.get(rows.size() - 2) + rows.get(rows.size() - 1), text);
        screen.press("Home");
        screen.press("C-k");
        screen.type("echo done");
        screen.press("Enter");
        text = screen.waitFor("the short line", s -> s.contains("\ndone\n") && TmuxScreen.lastLine(s).equals(EXPERT_PROMPT));
        assertFalse(text.contains("Xecho"), "the cleared line is off the screen:\n" + text);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
