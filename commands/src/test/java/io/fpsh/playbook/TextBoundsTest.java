package io.fpsh.playbook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a playbook hands over is kept as is when small, cut with a mark when not, and never drives a terminal. */
class TextBoundsTest {

    @Test
    void aShortLineIsKeptAsIs() {
        assertEquals("configured: 192.0.2.53", TextBounds.line("configured: 192.0.2.53"));
        assertEquals("", TextBounds.line(null));
    }

    @Test
    void aLineKeepsItsFirstLineAndCountsTheOthers() {
        assertEquals("first [+2 lines]", TextBounds.line("first\r\nsecond\n\nthird\n"));
        assertEquals("first [+1 line]", TextBounds.line("first\nsecond"));
    }

    @Test
    void aLongLineIsCutAtItsBoundWithHowMuch() {
        String line = TextBounds.line("y".repeat(TextBounds.LINE + 7));
        assertEquals("y".repeat(TextBounds.LINE) + "… [cut: 7 more characters]", line);
        assertEquals("y".repeat(TextBounds.LINE), TextBounds.line("y".repeat(TextBounds.LINE)));
    }

    @Test
    void controlCharactersAreReplacedButABlockKeepsItsLinesAndTabs() {
        assertEquals("red ?[31mtext?", TextBounds.line("red \u001b[31mtext\u0007"));
        assertEquals("a\tb\nc?d", TextBounds.block("a\tb\nc\u001bd"));
    }

    @Test
    void aLongBlockIsCutAtItsBound() {
        String block = TextBounds.block("z\n".repeat(TextBounds.BLOCK));
        assertEquals(TextBounds.BLOCK + "… [cut: 4000 more characters]".length(), block.length());
        assertEquals("z\n".repeat(TextBounds.BLOCK / 2) + "… [cut: 4000 more characters]", block);
    }
}
