package io.fpsh.ssh;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes a pty sends into plain text, chunk by chunk: UTF-8 decoded, escape sequences removed (JLine-style
 * servers wrap prompts in keypad and bracketed-paste modes, real FTDs put {@code ESC E ESC [J} before the clish
 * prompt), and {@code \r\n} or {@code \r\r\n} turned into {@code \n}. Sequences split between chunks wait for the rest.
 */
final class TerminalDecoder {
    private enum State { TEXT, ESCAPE, CSI, OSC, OSC_ESCAPE }

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer leftover = ByteBuffer.allocate(0);
    private State state = State.TEXT;
    private int pendingCarriageReturns;

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
            case ESCAPE -> state = c == '[' ? State.CSI : c == ']' ? State.OSC : State.TEXT;
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
        if (pendingCarriageReturns > 0 && c != '\n') {
            text.append('\r'); // a lone CR (progress lines) stays; CRs before a newline go
        }
        pendingCarriageReturns = 0;
        if (c == 0x1b) {
            state = State.ESCAPE;
        } else {
            text.append(c);
        }
    }
}
