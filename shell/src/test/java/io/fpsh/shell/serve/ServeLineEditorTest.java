package io.fpsh.shell.serve;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The server's line discipline on bytes, as it reads dialog answers and pipes: what it returns and what it echoes. */
class ServeLineEditorTest {
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();
    private final TypeAhead input = new TypeAhead();
    private final LineEditor terminal = new LineEditor(input, new PrintStream(shown, true, StandardCharsets.UTF_8), true);

    private void type(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        input.add(bytes, 0, bytes.length);
    }

    private String screen() {
        return shown.toString(StandardCharsets.UTF_8);
    }

    @Test
    void echoesAndEndsAtCarriageReturn() throws Exception {
        type("show version\r");
        assertEquals(new LineEditor.Line("show version", LineEditor.Ending.ENTER), terminal.read(true));
        assertEquals("show version\r\n", screen());
    }

    @Test
    void backspaceCtrlUAndCtrlWEdit() throws Exception {
        type("junk\u0015show netx\u007fwork extra\u0017\r");
        assertEquals("show network ", terminal.read(true).text());
        assertEquals("junk\b \b\b \b\b \b\b \bshow netx\b \bwork extra\b \b\b \b\b \b\b \b\b \b\r\n", screen());
    }

    @Test
    void backspaceRemovesAWholeUtf8Character() throws Exception {
        type("caf\u00e9\u007f\r");
        assertEquals("caf", terminal.read(true).text());
    }

    @Test
    void aDialogAnswerSwallowsArrowsAndTab() throws Exception {
        type("sh\u001b[Aow\t\u001bOB\u001b[1;5C\r");
        assertEquals("show", terminal.read(true).text());
        assertEquals("show\r\n", screen());
    }

    @Test
    void passwordsAreNotEchoed() throws Exception {
        type("Admin123\r");
        assertEquals("Admin123", terminal.read(false).text());
        assertEquals("\r\n", screen());
    }

    @Test
    void crLfIsOneEnterAndTypeAheadIsKept() throws Exception {
        type("show version\r\nexit\r");
        assertEquals("show version", terminal.read(true).text());
        assertEquals("exit", terminal.read(true).text());
    }

    @Test
    void ctrlCInterruptsAndCtrlDEndsOnlyAnEmptyLine() throws Exception {
        type("show\u0003ab\u0004\u007f\u007f\u0004");
        assertEquals(LineEditor.Ending.INTERRUPT, terminal.read(true).ending());
        assertEquals(LineEditor.Ending.END_OF_INPUT, terminal.read(true).ending());
        assertEquals("show^C\r\nab\b \b\b \b", screen());
    }

    @Test
    void withoutATerminalLinesArePlainAndTheLastNeedsNoNewline() throws Exception {
        LineEditor pipe = new LineEditor(input, new PrintStream(shown, true, StandardCharsets.UTF_8), false);
        type("show\u007fx\nlast");
        input.end();
        assertEquals("show\u007fx", pipe.read(true).text());
        assertEquals("last", pipe.read(true).text());
        assertEquals(LineEditor.Ending.END_OF_INPUT, pipe.read(true).ending());
        assertEquals("", screen());
    }

    @Test
    void crlfOutputTurnsBareLineFeedsOnly() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CrlfOutputStream out = new CrlfOutputStream(bytes)) {
            out.write("a\nb\r\nc\n".getBytes(StandardCharsets.US_ASCII));
            out.write('\r');
            out.write("\n\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals("a\r\nb\r\nc\r\n\r\n\r\n", bytes.toString(StandardCharsets.US_ASCII));
    }
}
