package io.fpsh.ssh;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes a pty sends into plain text, chunk by chunk: UTF-8 decoded, escape sequences removed (JLine-style
 * servers wrap prompts in keypad and bracketed-paste modes, real FTDs put {@code ESC E ESC [J} before the clish
 * prompt, bash 5.1 and later switch bracketed paste on and off around every line it reads), {@code \r\n} or
 * {@code \r\r\n} turned into {@code \n}, and a CR where the cursor is at the start of a line already dropped: bash's
 * {@code ESC [?2004l \r} after the echoed line would otherwise start the output with one. Sequences split between
 * chunks wait for the rest.
 */
final class TerminalDecoder {
    private enum State { TEXT, ESCAPE, ESCAPE_INTERMEDIATE, CSI, OSC, OSC_ESCAPE }

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer leftover = ByteBuffer.allocate(0);
    private State state = State.TEXT;
    private int pendingCarriageReturns;
    /** Whether the cursor is at column 0 (after a newline, a CR, or at the start), where a CR moves nothing. */
    private boolean atLineStart = true;

    /** The text of {@code bytes}, with whatever cannot be decided yet kept for the next call. */
    String decode(byte[] bytes) {
        ByteBuffer input = ByteBuffer.allocate(leftover.remaining() + bytes.length);
        input.put(leftover).put(bytes).flip();
        CharBuffer chars = CharBuffer.allocate(input.remaining() + 1);
        utf8.decode(input, chars, false);
        leftover = input.slice(); // an incomplete UTF-8 sequence at the end
        chars.flip();
        StringBuilder text = new StringBuilder(chars.remaining());
        while (chars.hasRemaining()) {
            accept(chars.get(), text);
        }
        return text.toString();
    }

    private void accept(char c, StringBuilder text) {
        switch (state) {
            // ESC, intermediate bytes (ESC ( B chooses a character set), a final byte: ECMA-35's escape sequences
            case ESCAPE -> state = c == '[' ? State.CSI : c == ']' ? State.OSC : isIntermediate(c)
                    ? State.ESCAPE_INTERMEDIATE : State.TEXT;
            case ESCAPE_INTERMEDIATE -> state = isIntermediate(c) ? State.ESCAPE_INTERMEDIATE : State.TEXT;
            case CSI -> {
                if (c >= 0x40 && c <= 0x7e) {
                    state = State.TEXT;
                }
            }
            case OSC -> state = c == 0x07 ? State.TEXT : c == 0x1b ? State.OSC_ESCAPE : State.OSC;
            case OSC_ESCAPE -> state = State.TEXT;
            case TEXT -> text(c, text);
        }
    }

    private void text(char c, StringBuilder text) {
        if (c == '\r') {
            pendingCarriageReturns++;
            return;
        }
        if (c == 0x1b) {
            state = State.ESCAPE; // a pending CR waits: a newline may still follow the sequence
            return;
        }
        if (pendingCarriageReturns > 0 && c != '\n' && !atLineStart) {
            text.append('\r'); // a lone CR (progress lines) stays; CRs before a newline or at column 0 go
        }
        pendingCarriageReturns = 0;
        text.append(c);
        atLineStart = c == '\n';
    }

    private static boolean isIntermediate(char c) {
        return c >= 0x20 && c <= 0x2f;
    }
}
