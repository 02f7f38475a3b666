package io.fpsh.device;

/**
 * One key a full-screen program reads: a character (its code point), or an editing key a terminal sends as a
 * control byte or an escape sequence.
 */
public record ScreenKey(Kind kind, int codePoint) {
    public enum Kind {
        CHARACTER, ENTER, TAB, BACKSPACE, DELETE, ESCAPE, UP, DOWN, LEFT, RIGHT, HOME, END, PAGE_UP, PAGE_DOWN,
        /** Ctrl-C: a key here, not a signal, as vim and less take it on a raw terminal. */
        INTERRUPT,
        /** Another control character: its code point is the byte, 0x06 for Ctrl-F. */
        CONTROL,
        /** No key came before the time-out. */
        TIMEOUT,
        /** The terminal is gone (the SSH client closed its side). */
        END_OF_INPUT,
        /** A sequence no program here gives a meaning to (a function key, a mouse report). */
        IGNORED
    }

    public static ScreenKey of(Kind kind) {
        return new ScreenKey(kind, 0);
    }

    public static ScreenKey character(int codePoint) {
        return new ScreenKey(Kind.CHARACTER, codePoint);
    }

    public static ScreenKey control(int codePoint) {
        return new ScreenKey(Kind.CONTROL, codePoint);
    }

    /** True for the character {@code c} typed as itself. */
    public boolean is(char c) {
        return kind == Kind.CHARACTER && codePoint == c;
    }

    /** True for Ctrl plus {@code letter}, e.g. {@code isControl('F')}. */
    public boolean isControl(char letter) {
        return kind == Kind.CONTROL && codePoint == (Character.toUpperCase(letter) & 0x1f);
    }
}
