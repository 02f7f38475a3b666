package io.fpsh.shell.serve;

/** One key a terminal sent: a character (its code point) or an editing key decoded from control bytes. */
record Key(Kind kind, int codePoint) {
    enum Kind {
        CHARACTER, ENTER, TAB, INTERRUPT, CTRL_D, BACKSPACE, DELETE, KILL_TO_START, KILL_TO_END, KILL_WORD,
        LEFT, RIGHT, HOME, END, UP, DOWN, IGNORED, END_OF_INPUT,
        /** Ctrl-A: beginning of line, and the first of LINA's detach keys (Ctrl-A d). */
        CTRL_A
    }

    static Key of(Kind kind) {
        return new Key(kind, 0);
    }

    static Key character(int codePoint) {
        return new Key(Kind.CHARACTER, codePoint);
    }
}
