package io.fpsh.shell.serve;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.ModeGraph;
import io.fpsh.drive.CapturingIo;
import io.fpsh.shell.FakeDevice;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's editor at a command prompt, fed bytes as a client's terminal sends them: Cisco {@code ?}, TAB,
 * history, cursor moves, UTF-8 and type-ahead, on the fake device (clish and expert prompts, a few files).
 * The screen goes through the channel's CRLF stream, so it holds what the client receives.
 */
class ServeCommandLineTest {
    private static final String BELL = "\u0007";
    private static final String ESC = "\u001b[";

    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private final TypeAhead input = new TypeAhead();
    private final PrintStream screen = new PrintStream(new CrlfOutputStream(shown), true, StandardCharsets.UTF_8);
    private final LineEditor editor = new LineEditor(input, screen, true);
    private final FakeDevice device = FakeDevice.forTest();
    private final LineHistory history = new LineHistory();
    private int columns = 80;

    private void type(String keys) {
        byte[] bytes = keys.getBytes(StandardCharsets.UTF_8);
        input.add(bytes, 0, bytes.length);
    }

    /** Reads one command at the device's current prompt; the screen holds only what this line showed. */
    private String command() throws InterruptedException {
        shown.reset();
        LineEditor.Line line = editor.readCommand(
                new CommandPrompt(device.prompt(), new ServeCompletion(device), history, () -> columns));
        assertEquals(LineEditor.Ending.ENTER, line.ending());
        return line.text();
    }

    private String screen() {
        return shown.toString(StandardCharsets.UTF_8);
    }

    @Test
    void questionMarkListsWhatComesNextAndRedrawsTheLineWithoutRunningIt() throws Exception {
        type("sh?ow ver\r");
        assertEquals("show ver", command());
        assertEquals("sh?\r\n  show                Display system information\r\n> show ver\r\n", screen());
    }

    @Test
    void questionMarkAfterABlankListsEveryNextWordWithItsHelp() throws Exception {
        type("show ?\u0015\r");
        command();
        assertTrue(screen().contains("show ?\r\n"), screen());
        assertTrue(screen().contains("\r\n  version                Display the product version and build\r\n> show "), screen());
    }

    @Test
    void questionMarkInTheMiddleLooksBeforeTheCursorAndKeepsItThere() throws Exception {
        // Ctrl-A, then Right three times: the cursor after "sho", so ? lists for "sho" and X goes in there
        type("show version\u0001" + ESC + "C" + ESC + "C" + ESC + "C?X\r");
        assertEquals("shoXw version", command());
        assertTrue(screen().contains("?\r\n  show                Display system information\r\n> show version" + ESC + "9D"), screen());
    }

    @Test
    void typeAheadWithAQuestionMarkIsHelpedThenRun() throws Exception {
        type("show version\rshow netw?ork\r");
        assertEquals("show version", command());
        assertEquals("show network", command());
        assertEquals("show netw?\r\nnetwork               network-dhcp-server   network-static-routes\r\n> show network\r\n",
                screen());
    }

    @Test
    void inTheLinuxShellQuestionMarkIsACharacterEvenInTypeAhead() throws Exception {
        type("expert\recho what?\r");
        assertEquals("expert", command());
        device.run("expert", io());
        assertEquals("echo what?", command());
        assertEquals("echo what?\r\n", screen());
    }

    @Test
    void tabCompletesAUniqueWordWithABlank() throws Exception {
        type("show vers\t\r");
        assertEquals("show version ", command());
        assertEquals("show version \r\n", screen());
        type("sh\tver\t\r");
        assertEquals("show version ", command());
    }

    @Test
    void tabGrowsAnAmbiguousWordToTheCommonPartThenListsTheChoices() throws Exception {
        type("show netw\t\t\r");
        assertEquals("show network", command());
        assertEquals("show network\r\nnetwork               network-dhcp-server   network-static-routes\r\n> show network\r\n",
                screen());
    }

    @Test
    void tabOnAWordThatFitsNothingRingsTheBell() throws Exception {
        type("show bogus\t\r");
        assertEquals("show bogus", command());
        assertEquals("show bogus" + BELL + "\r\n", screen());
    }

    @Test
    void inTheLinuxShellTabCompletesTheDevicesFileNames() throws Exception {
        device.run("expert", io());
        type("cat /ngfw/etc/sf/connector.p\t\r");
        assertEquals("cat /ngfw/etc/sf/connector.properties ", command());
        type("cat \t\r");
        assertEquals("cat ", command());
        assertEquals("cat \r\nlogs/                 notes.txt\r\nadmin@ftd01:~$ cat \r\n", screen());
        type("curl --conn\t\r");
        assertEquals("curl --connect-timeout ", command());
    }

    @Test
    void upAndDownRecallEarlierLinesAndComeBackToTheTypedOne() throws Exception {
        type("show version\rshow network\r");
        command();
        command();
        type(ESC + "A" + ESC + "A\r");
        assertEquals("show version", command());
        assertEquals("show network" + ESC + "7Dversion\r\n", screen());
        // Ctrl-P and the SS3 arrows, Ctrl-N and Down back to what was being typed
        type("sh\u0010\u0010\u001bOB\u000e\r");
        assertEquals("sh", command());
        // four lines now: show version, show network, show version, sh; a fifth Up stays on the oldest
        type("\u001bOA".repeat(5) + "\r");
        assertEquals("show version", command());
        assertTrue(screen().contains(BELL), "the oldest entry rings the bell: " + screen());
    }

    @Test
    void theHistoryKeepsNoBlankLinesRepeatsOrLinesStartingWithABlank() throws Exception {
        type("show version\r\rshow version\r  \r show network\r" + ESC + "A" + ESC + "A\r");
        for (int i = 0; i < 5; i++) {
            command();
        }
        assertEquals("show version", command());
        assertEquals(1, history.size());
    }

    @Test
    void dialogAnswersAndSecretsStayOutOfTheHistory() throws Exception {
        type("Admin123\rproxy.example.com\r" + ESC + "A\r");
        assertEquals("Admin123", editor.read(false).text());
        assertEquals("proxy.example.com", editor.read(true).text());
        assertEquals("", command());
        assertEquals(BELL + "\r\n", screen());
        assertEquals(0, history.size());
    }

    @Test
    void leftAndRightMoveTheCursorAndTypingInsertsThere() throws Exception {
        type("shw" + ESC + "Do\r");
        assertEquals("show", command());
        assertEquals("shw\bow\b" + ESC + "1C\r\n", screen());
    }

    @Test
    void ctrlAAndCtrlKClearTheLineAsUniconDoesAfterABell() throws Exception {
        type("bogus\u0001\u000bshow version\r");
        assertEquals("show version", command());
        assertEquals("bogus" + ESC + "5D" + ESC + "Jshow version\r\n", screen());
    }

    @Test
    void homeEndAndDeleteKeys() throws Exception {
        type("how" + ESC + "Hs" + ESC + "F" + ESC + "D" + ESC + "3~" + ESC + "1~" + ESC + "4~X\r");
        assertEquals("shoX", command());
        type("ab\u0001\u0004\r"); // Ctrl-D on a line that is not empty deletes under the cursor
        assertEquals("b", command());
    }

    @Test
    void utf8CharactersAreOneColumnEach() throws Exception {
        type("caf\u00e9" + ESC + "D" + ESC + "DX\r");
        assertEquals("caXf\u00e9", command());
        assertEquals("caf\u00e9\b\bXf\u00e9" + ESC + "2D" + ESC + "2C\r\n", screen());
        type("a\ud83d\ude00\u007f\r");
        assertEquals("a", command());
        byte[] broken = {(byte) 0xc3, 'A', '\r'};
        input.add(broken, 0, broken.length);
        assertEquals("\ufffdA", command());
    }

    @Test
    void aLineLongerThanTheScreenIsRedrawnAcrossRows() throws Exception {
        columns = 10;
        type("abcdefgh\u007f\r");
        assertEquals("abcdefg", command());
        // "> abcdefgh" fills the row: the cursor is put on the next row, and backspace goes back up
        assertEquals("abcdefgh \r" + ESC + "1A\r" + ESC + "9C" + ESC + "J\r\n", screen());
        type("abcdefghij" + ESC + "A\r");
        assertEquals("abcdefg", command());
        assertEquals("abcdefgh \rij" + ESC + "1A\r" + ESC + "9C" + ESC + "J\r\n", screen());
    }

    @Test
    void ctrlCMovesPastTheLineAndInterrupts() throws Exception {
        type("show\u0001\u0003");
        LineEditor.Line line = editor.readCommand(new CommandPrompt("> ", new ServeCompletion(device), history, () -> 80));
        assertEquals(LineEditor.Ending.INTERRUPT, line.ending());
        assertEquals("show" + ESC + "4D" + ESC + "4C^C\r\n", screen());
        assertEquals(0, history.size());
    }

    @Test
    void atALinaPromptCtrlADOnAnEmptyLineIsTheDetachKeysUnechoedAndUnkept() throws Exception {
        type("\u0001d");
        LineEditor.Line line = editor.readCommand(lina());
        assertEquals(ModeGraph.DETACH, line.text());
        assertEquals("", screen());
        assertEquals(0, history.size());
    }

    @Test
    void atALinaPromptCtrlAFollowedByAnotherKeyOrOnATypedLineStaysBeginningOfLine() throws Exception {
        type("\u0001show\r");
        assertEquals("show", editor.readCommand(lina()).text());
        type("en\u0001d\r");
        assertEquals("den", editor.readCommand(lina()).text());
    }

    @Test
    void elsewhereCtrlADIsBeginningOfLineThenAD() throws Exception {
        type("\u0001d\r");
        assertEquals("d", command());
    }

    private CommandPrompt lina() {
        return new CommandPrompt("firepower> ", new ServeCompletion(device), history, () -> 80, true);
    }

    @Test
    void withoutATerminalQuestionMarkAndTabAreText() throws Exception {
        LineEditor pipe = new LineEditor(input, screen, false);
        type("sh?\tx" + ESC + "A\n");
        LineEditor.Line line = pipe.readCommand(new CommandPrompt("> ", new ServeCompletion(device), history, () -> 80));
        assertEquals("sh?\tx\u001b[A", line.text());
        assertEquals("", screen());
        assertFalse(history.size() > 0);
    }

    private static DeviceIo io() {
        return CapturingIo.answering();
    }
}
