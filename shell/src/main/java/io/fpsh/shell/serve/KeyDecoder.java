package io.fpsh.shell.serve;

/**
 * Turns what a terminal sends into keys: UTF-8 characters, control characters (emacs bindings, as readline and
 * the clish take them) and the escape sequences of arrows, Home, End and Delete, in their CSI ({@code ESC [ A}) and
 * SS3 ({@code ESC O A}) forms. CR LF is one Enter, even when the LF only comes with the next line's bytes.
 */
final class KeyDecoder {
    private static final int ESC = 0x1b;

    private final TypeAhead input;
    private int pushedBack = -1;
    private boolean lastWasCarriageReturn;

    KeyDecoder(TypeAhead input) {
        this.input = input;
    }

    /** The next key, waiting for it; END_OF_INPUT once the client closed its side. */
    Key next() throws InterruptedException {
        while (true) {
            int b = take();
            boolean afterCarriageReturn = lastWasCarriageReturn;
            lastWasCarriageReturn = b == '\r';
            if (b == '\n' && afterCarriageReturn) {
                continue; // CR LF from a client that sends both: one Enter
            }
            if (b < 0) {
                return Key.of(Key.Kind.END_OF_INPUT);
            }
            if (b == ESC) {
                return escapeSequence();
            }
            if (b < 0x20 || b == 0x7f) {
                return control(b);
            }
            return Key.character(b < 0x80 ? b : utf8(b));
        }
    }

    /** True when a byte is already there: the caller may hold its output back and send one packet for a paste. */
    boolean hasMore() {
        return pushedBack >= 0 || input.hasMore();
    }

    private int take() throws InterruptedException {
        if (pushedBack >= 0) {
            int b = pushedBack;
            pushedBack = -1;
            return b;
        }
        return input.take();
    }

    private static Key control(int b) {
        return switch (b) {
            case '\r', '\n' -> Key.of(Key.Kind.ENTER);
            case '\t' -> Key.of(Key.Kind.TAB);
            case 0x01 -> Key.of(Key.Kind.CTRL_A);
            case 0x02 -> Key.of(Key.Kind.LEFT);          // Ctrl-B
            case 0x03 -> Key.of(Key.Kind.INTERRUPT);     // Ctrl-C
            case 0x04 -> Key.of(Key.Kind.CTRL_D);
            case 0x05 -> Key.of(Key.Kind.END);           // Ctrl-E
            case 0x06 -> Key.of(Key.Kind.RIGHT);         // Ctrl-F
            case 0x08, 0x7f -> Key.of(Key.Kind.BACKSPACE);
            case 0x0b -> Key.of(Key.Kind.KILL_TO_END);   // Ctrl-K
            case 0x0e -> Key.of(Key.Kind.DOWN);          // Ctrl-N
            case 0x10 -> Key.of(Key.Kind.UP);            // Ctrl-P
            case 0x15 -> Key.of(Key.Kind.KILL_TO_START); // Ctrl-U
            case 0x17 -> Key.of(Key.Kind.KILL_WORD);     // Ctrl-W
            default -> Key.of(Key.Kind.IGNORED);
        };
    }

    /** After ESC: {@code [ params final} (CSI), {@code O x} (SS3), or one more byte (Alt+key), which is ignored. */
    private Key escapeSequence() throws InterruptedException {
        int next = take();
        if (next == '[') {
            StringBuilder parameters = new StringBuilder();
            int b = take();
            while (b >= 0x20 && b < 0x40) {
                parameters.append((char) b);
                b = take();
            }
            return b < 0 ? Key.of(Key.Kind.END_OF_INPUT) : csi(parameters.toString(), b);
        }
        if (next == 'O') {
            int b = take();
            return b < 0 ? Key.of(Key.Kind.END_OF_INPUT) : cursorKey(b);
        }
        return next < 0 ? Key.of(Key.Kind.END_OF_INPUT) : Key.of(Key.Kind.IGNORED);
    }

    /** {@code ESC [ 1 ~} Home, {@code 3 ~} Delete, {@code 4 ~} End (and rxvt's 7, 8); otherwise the final letter. */
    private static Key csi(String parameters, int last) {
        if (last != '~') {
            return cursorKey(last); // with modifiers too: ESC [ 1 ; 5 C is Ctrl-Right, still a move right
        }
        String first = parameters.split(";", -1)[0];
        return switch (first) {
            case "1", "7" -> Key.of(Key.Kind.HOME);
            case "3" -> Key.of(Key.Kind.DELETE);
            case "4", "8" -> Key.of(Key.Kind.END);
            default -> Key.of(Key.Kind.IGNORED);
        };
    }

    private static Key cursorKey(int letter) {
        return switch (letter) {
            case 'A' -> Key.of(Key.Kind.UP);
            case 'B' -> Key.of(Key.Kind.DOWN);
            case 'C' -> Key.of(Key.Kind.RIGHT);
            case 'D' -> Key.of(Key.Kind.LEFT);
            case 'H' -> Key.of(Key.Kind.HOME);
            case 'F' -> Key.of(Key.Kind.END);
            default -> Key.of(Key.Kind.IGNORED);
        };
    }

    /**
     * The character a UTF-8 lead byte starts; a byte that does not continue it is kept for the next key, and the
     * broken character becomes U+FFFD, as a decoder replaces it.
     */
    private int utf8(int lead) throws InterruptedException {
        int length = lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
        if (length == 0 || lead >= 0xf8) {
            return 0xfffd;
        }
        int codePoint = lead & (0xff >> (length + 1));
        for (int i = 1; i < length; i++) {
            int b = take();
            if (b < 0 || (b & 0xc0) != 0x80) {
                pushedBack = b;
                return 0xfffd;
            }
            codePoint = (codePoint << 6) | (b & 0x3f);
        }
        return Character.isValidCodePoint(codePoint) ? codePoint : 0xfffd;
    }
}
