package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interactive shell on the real lab simulator through a real pseudo-terminal (tmux): the default lab with the
 * resolver's waits shortened, clock pinned, FPSH_HOME in a temporary directory. The Ctrl-C test uses the default
 * lab as shipped, where curl waits 2 x 5 s for the DNS server that never answers. Skipped without tmux.
 */
@Tmux
@ExtraJvm
class InteractiveLabTmuxTest {
    private static final String CLISH = ">";
    private static final String EXPERT = "admin@ftd01:~$";
    private static final String ROOT = "root@ftd01:~#";

    private Path home;
    private TmuxScreen screen;

    @BeforeEach
    void makeHome() throws Exception {
        TmuxScreen.assumeInstalled();
        home = FpshProcess.tempHome();
    }

    @AfterEach
    void stopFpsh() {
        if (screen != null) {
            screen.close();
        }
    }

    /** Starts fpsh on {@code labArgs} (none: the default lab) and waits for the clish prompt. */
    private void startFpsh(String... labArgs) throws Exception {
        screen = TmuxScreen.startLab(home, labArgs);
        waitForPrompt(CLISH);
    }

    private void startOnFastLab() throws Exception {
        startFpsh("--lab", FastLab.write(home, "ftd01-dns").toString());
    }

    private String waitForPrompt(String prompt) throws Exception {
        return screen.waitFor("the prompt " + prompt, s -> TmuxScreen.lastLine(s).equals(prompt));
    }

    private String enter(String line, String nextPrompt) throws Exception {
        screen.type(line);
        screen.press("Enter");
        // The command's echo must be on screen too: the same prompt may already be the last line before Enter.
        return screen.waitFor(line + " to run", s -> s.contains(line + "\n") && TmuxScreen.lastLine(s).equals(nextPrompt));
    }

    @Test
    void tabCompletesAnAbbreviationWithItsBlank() throws Exception {
        startOnFastLab();
        screen.type("sh");
        screen.press("Tab");
        screen.waitFor("'show ' completed", s -> TmuxScreen.lastLine(s).equals("> show"));
        screen.type("ver"); // capture-pane drops trailing blanks: typing on shows the blank was inserted
        screen.waitFor("the line typed on", s -> TmuxScreen.lastLine(s).equals("> show ver"));
    }

    @Test
    void questionMarkListsTheShowCommandsAndRedisplaysTheLineWithoutRunningIt() throws Exception {
        startOnFastLab();
        screen.type("show ?");
        String text = screen.waitFor("the help listing and the line again",
                s -> s.contains("  version ") && TmuxScreen.lastLine(s).equals("> show"));
        assertTrue(text.contains("> show ?\n"
                + "  disk                   Display disk usage\n"
                + "  failover               Display the failover status\n"
                + "  interface              Display the interfaces' status and statistics\n"
                + "  managers               Display the managers of this device\n"
                + "  network                Display the network configuration\n"
                + "  network-dhcp-server    Display the DHCP server configuration\n"
                + "  network-static-routes  Display the static routes of the management interface\n"
                + "  ntp                    Display the NTP servers and their status\n"
                + "  running-config         Display the current running configuration\n"
                + "  tech-support           Display troubleshooting information for Cisco TAC\n"
                + "  time                   Display the system time\n"
                + "  version                Display the product version and build\n"
                + "> show"), text);
        assertFalse(text.contains("Syntax error") || text.contains("UUID"), "the line was run:\n" + text);
    }

    @Test
    void anAbbreviatedShowVersionRuns() throws Exception {
        startOnFastLab();
        String text = enter("sh ver", CLISH);
        assertTrue(text.contains("> sh ver\n---------------------[ ftd01 ]----------------------\n"
                + "Model                     : Cisco Firepower Threat Defense for VMWare (75) Version 6.5.0 (Build 115)\n"), text);
    }

    @Test
    void anAmbiguousWordListsItsKeywordsAndIsASyntaxError() throws Exception {
        startOnFastLab();
        String text = enter("sh netw", CLISH);
        assertTrue(text.contains("> sh netw\n"
                + "network               network-dhcp-server   network-static-routes\n"
                + "Syntax error: Ambiguous command\n>"), text);
    }

    @Test
    void aCommandOfTheOtherModeGetsAHintAfterTheDevicesError() throws Exception {
        startOnFastLab();
        String text = enter("curl -v -k https://api-sse.cisco.com", CLISH);
        assertTrue(text.contains("> curl -v -k https://api-sse.cisco.com\n"
                + "Syntax error: Illegal command line\n"
                + "fpsh: 'curl' is an expert-mode command: type 'expert' first\n>"), text);
        enter("expert", EXPERT);
        text = enter("show network", EXPERT);
        assertTrue(text.contains(EXPERT + " show network\n"
                + "-bash: show: command not found\n"
                + "fpsh: 'show' is a clish command: type 'exit' to return to '>'\n" + EXPERT), text);
    }

    @Test
    void inTheLinuxShellTabCompletesPathsOfTheDevice() throws Exception {
        startOnFastLab();
        enter("expert", EXPERT);
        screen.type("cat /ngfw/etc/sf/conn");
        screen.press("Tab");
        screen.waitFor("the file name completed",
                s -> TmuxScreen.lastLine(s).equals(EXPERT + " cat /ngfw/etc/sf/connector.properties"));
        screen.press("C-u");
        screen.type("more /ngfw/var/log/con");
        screen.press("Tab");
        screen.waitFor("the directory completed",
                s -> TmuxScreen.lastLine(s).equals(EXPERT + " more /ngfw/var/log/connector/"));
        screen.press("Tab"); // inside the directory now: its only file
        screen.waitFor("the file inside completed",
                s -> TmuxScreen.lastLine(s).equals(EXPERT + " more /ngfw/var/log/connector/connector.log"));
    }

    @Test
    void tabOnAWordThatFitsNothingAtTheClishRingsTheBell() throws Exception {
        startOnFastLab();
        Path output = home.resolve("terminal-output");
        screen.recordOutput(output);
        screen.type("sh");
        screen.press("Tab");
        screen.waitFor("'show ' completed", s -> TmuxScreen.lastLine(s).equals("> show"));
        assertFalse(read(output).contains("\u0007"), "a bell on a good word");
        screen.type("bogus");
        screen.press("Tab");
        long deadline = System.currentTimeMillis() + 10_000;
        while (!read(output).contains("\u0007")) {
            assertTrue(System.currentTimeMillis() < deadline, "no bell; screen:\n" + screen.text());
            Thread.sleep(50);
        }
        String text = screen.text();
        assertEquals("> show bogus", TmuxScreen.lastLine(text));
        assertFalse(text.contains("version"), "something was listed:\n" + text);
    }

    @Test
    void theSudoPasswordIsNeitherShownNorKeptAndCtrlDLeavesModeByMode() throws Exception {
        startOnFastLab();
        enter("expert", EXPERT);
        becomeRoot();
        screen.press("C-d");
        waitForPrompt(EXPERT);
        screen.press("C-d");
        waitForPrompt(CLISH);
        screen.press("C-d");
        String text = screen.waitFor("fpsh to exit 0", s -> s.contains("[fpsh exited 0]"));
        assertFalse(text.contains("Admin123"), "the password was shown:\n" + text);
        // FPSH_HOME is home/.fpsh, which is also ~/.fpsh for this fpsh: the one history folder either way.
        List<Path> histories;
        try (Stream<Path> files = Files.list(home.resolve(".fpsh/history"))) {
            histories = files.toList();
        }
        // one target, a history per mode: the clish's file and the same name with .expert, .root
        String clish = home.resolve(".fpsh/history/lab_ftd01-dns").toString();
        assertTrue(histories.stream().allMatch(file -> file.toString().startsWith(clish)), histories.toString());
        String expert = Files.readString(Path.of(clish + ".expert"));
        assertTrue(expert.contains("sudo su -"), expert);
        for (Path file : histories) {
            assertFalse(Files.readString(file).contains("Admin123"), file.toString());
        }
    }

    @Test
    void ctrlCInterruptsCurlWaitingForTheSilentDnsServer() throws Exception {
        startFpsh(); // the default lab: the resolver waits 2 x 5 s
        enter("expert", EXPERT);
        becomeRoot();
        screen.type("curl -v -k https://api-sse.cisco.com");
        screen.press("Enter");
        // curl prints this line before it asks the resolver, which then waits on the silent server.
        screen.waitFor("curl to start", s -> TmuxScreen.lastLine(s).equals("* Rebuilt URL to: https://api-sse.cisco.com/"));
        long pressed = System.currentTimeMillis();
        screen.press("C-c");
        String text = waitForPrompt(ROOT);
        long waited = System.currentTimeMillis() - pressed;
        assertTrue(waited < 3_000, "the prompt came back after " + waited + " ms:\n" + text);
        assertFalse(text.contains("Could not resolve host"), "curl ended by itself:\n" + text);
        text = enter("echo $?", ROOT);
        assertTrue(text.contains("# echo $?\n130\n" + ROOT), text);
    }

    /** {@code sudo su -} from the expert prompt, the password typed at the question; it must not appear. */
    private void becomeRoot() throws Exception {
        screen.type("sudo su -");
        screen.press("Enter");
        screen.waitFor("the password question", s -> TmuxScreen.lastLine(s).equals("Password:"));
        screen.type("Admin123");
        screen.press("Enter");
        String text = waitForPrompt(ROOT);
        assertFalse(text.contains("Admin123"), "the password was echoed:\n" + text);
    }

    private static String read(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    }
}
