package io.fpsh.ssh;

import io.fpsh.device.Mode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text layer of the SSH driver: decoding what a pty sends, and reading the last line for prompts. */
class SshTerminalTextTest {

    private static String decode(TerminalDecoder decoder, String chunk) {
        return decoder.decode(chunk.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void lineEndsOfAPtyBecomeNewlines() {
        TerminalDecoder decoder = new TerminalDecoder();
        assertEquals("show version\nModel\n", decode(decoder, "show version\r\r\nModel\r\n"));
    }

    @Test
    void aCarriageReturnAtTheEndOfAChunkWaitsForTheNext() {
        TerminalDecoder decoder = new TerminalDecoder();
        assertEquals("one", decode(decoder, "one\r"));
        assertEquals("\ntwo", decode(decoder, "\ntwo"));
        assertEquals("", decode(decoder, "\r"));
        assertEquals("\r50%", decode(decoder, "50%"), "a lone CR (a progress line) stays");
    }

    @Test
    void escapeSequencesGoEvenWhenSplitBetweenChunks() {
        TerminalDecoder decoder = new TerminalDecoder();
        assertEquals("> ", decode(decoder, "\u001b[?1h\u001b=\u001b[?2004h> "));
        assertEquals("", decode(decoder, "\u001b[?20"));
        assertEquals("x", decode(decoder, "04lx"));
        assertEquals("> ", decode(decoder, "\u001bE\u001b[J> "), "ESC E ESC [J before a real FTD's prompt");
        assertEquals("title", decode(decoder, "\u001b]0;admin@ftd01\u0007title"));
    }

    @Test
    void bash52sBracketedPasteOffAfterTheEchoLeavesNoCarriageReturnAtTheStartOfTheOutput() {
        // bash >= 5.1 (readline's enable-bracketed-paste), recorded through script(1) from bash 5.2.15: after the
        // echoed line, ESC [?2004l and a CR to column 0, where the cursor already is
        TerminalDecoder decoder = new TerminalDecoder();
        assertEquals("echo hi\nhi\nadmin@firepower:~$ ",
                decode(decoder, "echo hi\r\n\u001b[?2004l\rhi\r\n\u001b[?2004hadmin@firepower:~$ "));
        assertEquals("true\nadmin@firepower:~$ ",
                decode(decoder, "true\r\n\u001b[?2004l\r\u001b[?2004hadmin@firepower:~$ "), "a command that prints nothing");
    }

    @Test
    void aCarriageReturnAtColumnZeroGoesEvenSplitBetweenChunks() {
        TerminalDecoder decoder = new TerminalDecoder();
        assertEquals("echo hi\n", decode(decoder, "echo hi\r\n\u001b[?20"));
        assertEquals("", decode(decoder, "04l\r"));
        assertEquals("hi\n", decode(decoder, "hi\r\n"));
        assertEquals("", decode(decoder, "\r"));
        assertEquals("x", decode(decoder, "x"), "the stream's very start is column 0 too");
    }

    @Test
    void escapeSequencesWithIntermediateBytesGoWhole() {
        TerminalDecoder decoder = new TerminalDecoder();
        assertEquals("plain", decode(decoder, "\u001b(Bplain"), "ESC ( B, the ASCII character set (tput sgr0 on xterm)");
        assertEquals("a", decode(decoder, "a\u001b)"));
        assertEquals("b", decode(decoder, "0b"), "split after the intermediate byte");
        assertEquals("> ", decode(decoder, "\u001b7\u001b8> "), "save and restore the cursor");
    }

    @Test
    void utf8SplitBetweenChunksIsKept() {
        TerminalDecoder decoder = new TerminalDecoder();
        byte[] bytes = "né".getBytes(StandardCharsets.UTF_8);
        assertEquals("n", decoder.decode(new byte[] {bytes[0], bytes[1]}));
        assertEquals("é", decoder.decode(new byte[] {bytes[2]}));
    }

    @Test
    void promptsOfEveryModeAreRecognisedAtTheEndOfTheLine() {
        assertEquals(Mode.CLISH, ScreenTail.prompt("> ").orElseThrow().mode());
        assertEquals(Mode.CLISH, ScreenTail.prompt("\u0007> ").orElseThrow().mode());
        assertEquals("> ", ScreenTail.prompt("\u0007> ").orElseThrow().text());
        assertEquals(Mode.EXPERT, ScreenTail.prompt("admin@ftd01:~$ ").orElseThrow().mode());
        assertEquals(Mode.ROOT, ScreenTail.prompt("root@ftd01:~# ").orElseThrow().mode());
        assertEquals(Mode.DIAGNOSTIC, ScreenTail.prompt("firepower> ").orElseThrow().mode());
        assertEquals(Mode.DIAGNOSTIC_ENABLE, ScreenTail.prompt("firepower# ").orElseThrow().mode());
        assertTrue(ScreenTail.prompt("Hostname                  : ftd01").isEmpty());
        assertTrue(ScreenTail.prompt("").isEmpty());
    }

    @Test
    void dialogsAreRecognisedByTheirQuestion() {
        assertTrue(ScreenTail.dialog("Password:").orElseThrow().secret());
        assertTrue(ScreenTail.dialog("Password: ").isPresent());
        assertFalse(ScreenTail.dialog("Please enter 'YES' or 'NO': ").orElseThrow().secret());
        assertTrue(ScreenTail.dialog("Hostname : ftd01").isEmpty());
    }

    @Test
    void onlyTheStartOfAPromptOrQuestionIsHeldBack() {
        assertTrue(ScreenTail.mayBecomePromptOrDialog("admin@ftd"));
        assertTrue(ScreenTail.mayBecomePromptOrDialog("root@ftd01:~"));
        assertTrue(ScreenTail.mayBecomePromptOrDialog("Pass"));
        assertTrue(ScreenTail.mayBecomePromptOrDialog("Please enter 'YES'"));
        assertTrue(ScreenTail.mayBecomePromptOrDialog("\u0007"));
        assertFalse(ScreenTail.mayBecomePromptOrDialog("Downloading 45%"));
        assertFalse(ScreenTail.mayBecomePromptOrDialog("* Trying 127.0.0.1:443..."));
        assertFalse(ScreenTail.mayBecomePromptOrDialog(""));
    }

    @Test
    void textKeptAfterAPromptIsTheLeftoverOnlyBehindARealPrompt() {
        assertEquals("show bell\u0007", ScreenTail.leftover("> show bell\u0007").orElseThrow());
        assertEquals("configure network", ScreenTail.leftover("> configure network").orElseThrow());
        assertEquals("sh ver", ScreenTail.leftover("firepower# sh ver").orElseThrow());
        assertTrue(ScreenTail.leftover("> ").isEmpty(), "a bare prompt keeps nothing");
        assertTrue(ScreenTail.leftover("Hostname : ftd01").isEmpty());
        assertTrue(ScreenTail.mayBecomePromptOrDialog("> show bell"), "held back until it is known what it is");
        assertTrue(ScreenTail.mayBecomePromptOrDialog(" --Mo"), "an indented pager prompt is held back too");
    }

    @Test
    void theDetachLineIsRecognisedOnlyWhereLinaCanBeLeft() {
        assertTrue(SshFtd.isDetach(Mode.DIAGNOSTIC, "^Ad"));
        assertTrue(SshFtd.isDetach(Mode.DIAGNOSTIC_ENABLE, "\u0001d"));
        assertFalse(SshFtd.isDetach(Mode.CLISH, "^Ad"), "at the clish it is sent as typed");
        assertFalse(SshFtd.isDetach(Mode.EXPERT, "^Ad"));
    }

    @Test
    void clishLinesGoOutWithAbbreviationsExpanded() {
        assertEquals("show version", SshFtd.lineToSend(Mode.CLISH, "sh ver"));
        assertEquals("show bogus", SshFtd.lineToSend(Mode.CLISH, "show bogus"), "not a command: sent as typed");
        assertEquals("sh ver", SshFtd.lineToSend(Mode.EXPERT, "sh ver"), "bash lines are never touched");
    }

    @Test
    void sshTargetsAreParsed() throws Exception {
        SshOptions options = SshTargets.options("ssh://admin@10.0.0.1:2222", prompt -> null);
        assertEquals("admin", options.user());
        assertEquals("10.0.0.1", options.host());
        assertEquals(2222, options.port());
        assertEquals("[10.0.0.1]:2222", options.knownHostsName());
        assertEquals(22, SshTargets.options("ssh://admin@ftd01", prompt -> null).port());
        assertEquals("::1", SshTargets.options("ssh://admin@[::1]:22", prompt -> null).host());
        assertEquals("ssh://admin@ftd01", SshTargets.options("ssh://admin@ftd01:22", prompt -> null).targetName());
    }
}
