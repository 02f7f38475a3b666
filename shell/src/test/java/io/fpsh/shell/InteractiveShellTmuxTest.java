package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Tmux;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interactive shell through a real pseudo-terminal (tmux). Skipped when tmux is not installed; CI installs it.
 */
@Tmux
@ExtraJvm
class InteractiveShellTmuxTest {
    private Path home;
    private TmuxScreen screen;

    @BeforeEach
    void startFpsh() throws Exception {
        TmuxScreen.assumeInstalled();
        home = FpshProcess.tempHome();
        screen = TmuxScreen.start(home, FpshProcess.command(home));
        screen.waitForClishPrompt();
    }

    @AfterEach
    void stopFpsh() {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void tabCompletesAnAbbreviatedCommand() throws Exception {
        screen.type("sh");
        screen.press("Tab");
        screen.waitFor("'show' completed", s -> TmuxScreen.lastLine(s).equals("> show"));
    }

    @Test
    void questionMarkListsTheNextWordsAndRedrawsTheLine() throws Exception {
        screen.type("show ?");
        String text = screen.waitFor("the help listing and the line again",
                s -> s.contains("version  ") && TmuxScreen.lastLine(s).equals("> show"));
        assertTrue(text.contains("> show ?"), text);
        assertTrue(text.contains("network                Display the network configuration"), text);
        assertTrue(text.contains("version                Display the product version and build"), text);
        // The line was not run: typing on completes it.
        screen.type("ver");
        screen.press("Enter");
        screen.waitFor("show version's output", s -> s.contains("Cisco Firepower Threat Defense"));
    }

    @Test
    void tabOnASmallScreenListsTheChoicesWithoutAsking() throws Exception {
        screen.close();
        screen = TmuxScreen.start(home, Map.of("FPSH_HOME", home.resolve(".fpsh").toString()), FpshProcess.command(home), 80, 6);
        screen.waitForClishPrompt();
        screen.type("show ");
        screen.press("Tab");
        // twelve choices on six rows: the screen keeps the last of them and the line again
        String text = screen.waitFor("the choices and the line again", s -> s.contains("version  ")
                && TmuxScreen.lastLine(s).equals("> show"));
        assertFalse(text.contains("possibilities"), text);
        assertTrue(text.contains("  time                   Display the system time\n"), text);
        screen.type("ver");
        screen.press("Tab");
        screen.waitFor("the word completed", s -> TmuxScreen.lastLine(s).equals("> show version"));
    }

    @Test
    void onADumbTerminalEachLineIsEchoedOnceAndTheKeysStillWork() throws Exception {
        screen.close();
        screen = TmuxScreen.start(home, Map.of("FPSH_HOME", home.resolve(".fpsh").toString(), "TERM", "dumb"),
                FpshProcess.command(home));
        screen.waitForClishPrompt();
        screen.type("sh");
        screen.press("Tab");
        screen.type("ver");
        screen.press("Enter");
        String text = screen.waitFor("show version's output", s -> s.contains("Cisco Firepower Threat Defense")
                && TmuxScreen.lastLine(s).equals(">"));
        assertEquals(1, text.split("show ver", -1).length - 1, "the line shows once:\n" + text);
        screen.type("bogus");
        screen.press("C-u");
        screen.type("show ?");
        text = screen.waitFor("the help listing", s -> s.contains("version                Display the product version"));
        assertFalse(text.contains("bogus"), text);
    }

    @Test
    void anAbbreviationRuns() throws Exception {
        screen.type("sh ver");
        screen.press("Enter");
        String text = screen.waitFor("the version and the next prompt",
                s -> s.contains("Cisco Firepower Threat Defense") && TmuxScreen.lastLine(s).equals(">"));
        assertTrue(text.contains("> sh ver\n"), text);
    }

    @Test
    void anAmbiguousWordListsItsKeywordsInColumns() throws Exception {
        screen.type("sh netw?");
        String text = screen.waitFor("the columns", s -> s.contains("network-static-routes")
                && TmuxScreen.lastLine(s).equals("> sh netw"));
        assertTrue(text.contains("network               network-dhcp-server   network-static-routes"), text);
    }

    @Test
    void ctrlCInterruptsASlowCommandAndTheShellGoesOn() throws Exception {
        screen.type("expert");
        screen.press("Enter");
        screen.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        screen.type("sleep 600");
        screen.press("Enter");
        screen.waitFor("the command to start", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$ sleep 600"));
        pressCtrlCUntil(s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        screen.type("echo alive");
        screen.press("Enter");
        String text = screen.waitFor("the next command's output", s -> s.contains("\nalive\n"));
        assertFalse(text.contains("[fpsh exited"), text);
    }

    @Test
    void ctrlBackslashNeverDumpsTheJvmThreads() throws Exception {
        screen.type("sh ver");
        screen.press("C-\\");
        screen.type("sion");
        screen.press("Enter");
        screen.waitFor("show version's output", s -> s.contains("Cisco Firepower Threat Defense")
                && TmuxScreen.lastLine(s).equals(">"));
        assertTrue(screen.text().contains("> sh version\n"), "Ctrl-\\ left the line as typed:\n" + screen.text());
        screen.type("expert");
        screen.press("Enter");
        screen.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        screen.type("sleep 600");
        screen.press("Enter");
        screen.waitFor("the command to start", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$ sleep 600"));
        Thread.sleep(300);
        screen.press("C-\\"); // during a command: ignored, as the tty's QUIT is off
        pressCtrlCUntil(s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        screen.type("echo alive");
        screen.press("Enter");
        String text = screen.waitFor("the next command's output", s -> s.contains("\nalive\n"));
        assertFalse(text.contains("thread dump") || text.contains("java.lang.Thread.State"), text);
        assertFalse(text.contains("[fpsh exited"), text);
    }

    @Test
    void ctrlBackslashUnderDashCNeverDumpsTheJvmThreads() throws Exception {
        // No line editor here (FastArgs keeps JLine out of -c), so the tty sends SIGQUIT, which the JVM always takes:
        // the launcher's JVM options keep its thread dump off the screen.
        screen.close();
        screen = TmuxScreen.start(home, FpshProcess.command(launcherJvmOptions(), home, "-c", "expert; echo started; sleep 600"));
        screen.waitFor("the first lines' output", s -> s.contains("started"));
        Thread.sleep(300);
        screen.press("C-\\");
        Thread.sleep(1000);
        pressCtrlCUntil(s -> s.contains("[fpsh exited"));
        String text = screen.text();
        assertFalse(text.contains("thread dump") || text.contains("java.lang.Thread.State"), text);
        assertTrue(text.contains("[fpsh exited 130]"), text);
    }

    /**
     * Presses Ctrl-C until {@code done} holds for the screen: the screen cannot show when the device starts blocking,
     * so the key is repeated (a Ctrl-C that lands at the prompt only clears the empty line).
     */
    private void pressCtrlCUntil(Predicate<String> done) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!done.test(screen.text())) {
            assertTrue(System.currentTimeMillis() < deadline, "Ctrl-C did not interrupt:\n" + screen.text());
            screen.press("C-c");
            Thread.sleep(500);
        }
    }

    /** The JVM options the launcher script {@code fpsh} starts the jar with. */
    private static List<String> launcherJvmOptions() throws Exception {
        String launcher = Files.readString(CompletionScriptsTest.repositoryRoot().resolve("fpsh"));
        Matcher options = Pattern.compile("(?m)^jvm=\\((.*)\\)$").matcher(launcher);
        assertTrue(options.find(), "no jvm=(...) line in the launcher");
        return List.of(options.group(1).trim().split("\\s+"));
    }

    @Test
    void ctrlCAtThePromptClearsTheLineAndCtrlDLeaves() throws Exception {
        screen.type("show netw");
        screen.waitFor("the typed line", s -> TmuxScreen.lastLine(s).equals("> show netw"));
        screen.press("C-c");
        screen.waitFor("a fresh empty prompt", s -> TmuxScreen.lastLine(s).equals(">")
                && s.lines().filter(line -> line.startsWith(">")).count() >= 2);
        screen.type("expert");
        screen.press("Enter");
        screen.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        screen.press("C-d");
        screen.waitFor("back at the clish", s -> TmuxScreen.lastLine(s).equals(">"));
        screen.press("C-d");
        screen.waitFor("fpsh to exit 0", s -> s.contains("[fpsh exited 0]"));
    }

    @Test
    void inTheLinuxShellQuestionMarkIsTextAndTabCompletesOptions() throws Exception {
        screen.type("expert");
        screen.press("Enter");
        screen.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        screen.type("echo what?");
        screen.press("Enter");
        // Wait for the prompt: keys typed while a command runs would be echoed by the terminal before it.
        screen.waitFor("the question mark echoed", s -> s.contains("\nwhat?\n")
                && TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        screen.type("curl --conn");
        screen.press("Tab");
        screen.waitFor("the option completed", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$ curl --connect-timeout"));
    }

    @Test
    void inADialogQuestionMarkIsText() throws Exception {
        screen.type("configure network http-proxy");
        screen.press("Enter");
        screen.waitFor("the dialog", s -> TmuxScreen.lastLine(s).equals("Enter HTTP Proxy address:"));
        screen.type("what?");
        screen.press("Enter");
        String text = screen.waitFor("the answer", s -> s.contains("(fake) proxy what?\n"));
        assertFalse(text.contains("Syntax error"), text);
    }

    @Test
    void targetSwitchesTheDeviceAndItsHistory() throws Exception {
        screen.type(":target lab:other");
        screen.press("Enter");
        screen.waitFor("the new device's banner", s -> s.indexOf("(fake test device)") != s.lastIndexOf("(fake test device)")
                && TmuxScreen.lastLine(s).equals(">"));
        screen.type("sh ver");
        screen.press("Enter");
        screen.waitFor("the version", s -> s.contains("Cisco Firepower Threat Defense") && TmuxScreen.lastLine(s).equals(">"));
        screen.type(":exit");
        screen.press("Enter");
        screen.waitFor("fpsh to exit 0", s -> s.contains("[fpsh exited 0]"));
        assertEquals(":target lab:other", lineTexts(home.resolve(".fpsh/history/lab_ftd01-dns")));
        assertEquals("sh ver\n:exit", lineTexts(home.resolve(".fpsh/history/lab_other")));
    }

    /** A JLine history file without the timestamps. */
    private static String lineTexts(Path history) throws Exception {
        return String.join("\n", Files.readAllLines(history).stream().map(l -> l.substring(l.indexOf(':') + 1)).toList());
    }

    @Test
    void anUnknownLabEndsWithOneLineAndStatusTwo() throws Exception {
        screen.close();
        screen = TmuxScreen.start(home, FpshProcess.command(home, "--lab", "nosuch"));
        String text = screen.waitFor("fpsh to exit", s -> s.contains("[fpsh exited"));
        assertTrue(text.contains("fpsh: unknown lab 'nosuch' (fpsh lab list shows the shipped labs)\n[fpsh exited 2]"), text);
    }

    @Test
    void unknownCommandsAreRedAndPasswordsStayOutOfTheHistory() throws Exception {
        screen.type("bogus");
        String coloured = screen.waitFor("the typed word", s -> s.contains("> bogus"));
        assertTrue(screen.textWithColours().contains("\u001b[31mbogus"), coloured);
        screen.press("C-u");
        screen.type(":nope");
        screen.press("Enter");
        screen.waitFor("fpsh's own error", s -> s.contains("fpsh: unknown command ':nope' (try :help)"));
        screen.type("expert");
        screen.press("Enter");
        screen.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$"));
        screen.type("sudo su -");
        screen.press("Enter");
        screen.waitFor("the password question", s -> TmuxScreen.lastLine(s).equals("Password:"));
        screen.type("Admin123");
        screen.press("Enter");
        String text = screen.waitFor("the root prompt", s -> TmuxScreen.lastLine(s).equals("root@ftd01:~#"));
        assertFalse(text.contains("Admin123"), "the password was echoed:\n" + text);
        screen.type(":exit");
        screen.press("Enter");
        screen.waitFor("fpsh to exit 0", s -> s.contains("[fpsh exited 0]"));
        // one history per mode: the clish's, admin's bash and root's
        assertEquals(":nope\nexpert", lineTexts(home.resolve(".fpsh/history/lab_ftd01-dns")));
        assertEquals("sudo su -", lineTexts(home.resolve(".fpsh/history/lab_ftd01-dns.expert")));
        assertEquals(":exit", lineTexts(home.resolve(".fpsh/history/lab_ftd01-dns.root")));
    }
}
