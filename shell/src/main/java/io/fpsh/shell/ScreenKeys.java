package io.fpsh.shell;

import io.fpsh.device.ScreenKey;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

import java.time.Duration;
import java.util.Map;

/**
 * The keys a full-screen program reads, decoded by JLine's {@link BindingReader} from what a terminal sends: the
 * control bytes, and the escape sequences of arrows, Home, End, Delete, PageUp and PageDown in their CSI
 * ({@code ESC [ A}) and SS3 ({@code ESC O A}, keypad mode) forms, plus the terminal's own where its terminfo says.
 * A lone Esc is told from the start of a sequence by a short wait, as vim's ttimeoutlen does. Used by both front
 * ends: the local terminal and {@code fpsh serve}'s pty.
 */
public final class ScreenKeys {
    /** vim's ttimeoutlen in defaults.vim: how long an Esc waits for the rest of a sequence. */
    private static final long ESCAPE_WAIT_MS = 100;

    private final BindingReader reader;
    private final KeyMap<ScreenKey.Kind> keys;

    /** @param terminal the terminal whose terminfo adds its key sequences, or null (an SSH client's pty) */
    public ScreenKeys(NonBlockingReader input, Terminal terminal) {
        this.reader = new BindingReader(input);
        this.keys = keyMap(terminal);
    }

    private static KeyMap<ScreenKey.Kind> keyMap(Terminal terminal) {
        KeyMap<ScreenKey.Kind> map = new KeyMap<>();
        map.setAmbiguousTimeout(ESCAPE_WAIT_MS);
        map.setNomatch(ScreenKey.Kind.CHARACTER);
        map.setUnicode(ScreenKey.Kind.CHARACTER);
        map.bind(ScreenKey.Kind.ENTER, "\r", "\n");
        map.bind(ScreenKey.Kind.TAB, "\t");
        map.bind(ScreenKey.Kind.BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        map.bind(ScreenKey.Kind.INTERRUPT, KeyMap.ctrl('C'));
        map.bind(ScreenKey.Kind.ESCAPE, KeyMap.esc());
        Map<ScreenKey.Kind, String> letters = Map.of(ScreenKey.Kind.UP, "A", ScreenKey.Kind.DOWN, "B",
                ScreenKey.Kind.RIGHT, "C", ScreenKey.Kind.LEFT, "D", ScreenKey.Kind.HOME, "H", ScreenKey.Kind.END, "F");
        letters.forEach((kind, letter) -> map.bind(kind, "\u001b[" + letter, "\u001bO" + letter));
        map.bind(ScreenKey.Kind.HOME, "\u001b[1~", "\u001b[7~");
        map.bind(ScreenKey.Kind.END, "\u001b[4~", "\u001b[8~");
        map.bind(ScreenKey.Kind.DELETE, "\u001b[3~");
        map.bind(ScreenKey.Kind.PAGE_UP, "\u001b[5~");
        map.bind(ScreenKey.Kind.PAGE_DOWN, "\u001b[6~");
        map.bind(ScreenKey.Kind.IGNORED, "\u001b[2~"); // Insert
        if (terminal != null) {
            Map<ScreenKey.Kind, Capability> capabilities = Map.of(ScreenKey.Kind.UP, Capability.key_up,
                    ScreenKey.Kind.DOWN, Capability.key_down, ScreenKey.Kind.LEFT, Capability.key_left,
                    ScreenKey.Kind.RIGHT, Capability.key_right, ScreenKey.Kind.HOME, Capability.key_home,
                    ScreenKey.Kind.END, Capability.key_end, ScreenKey.Kind.DELETE, Capability.key_dc,
                    ScreenKey.Kind.PAGE_UP, Capability.key_ppage, ScreenKey.Kind.PAGE_DOWN, Capability.key_npage);
            capabilities.forEach((kind, capability) -> {
                String sequence = KeyMap.key(terminal, capability);
                if (sequence != null && !sequence.isEmpty() && !sequence.equals(KeyMap.esc())) {
                    map.bind(kind, sequence);
                }
            });
        }
        return map;
    }

    /** The next key, or a TIMEOUT key when none began within {@code timeout}; END_OF_INPUT once input ended. */
    public ScreenKey read(Duration timeout) {
        int first = reader.peekCharacter(Math.max(1, timeout.toMillis()));
        if (first == NonBlockingReader.READ_EXPIRED) {
            return ScreenKey.of(ScreenKey.Kind.TIMEOUT);
        }
        if (first == NonBlockingReader.EOF) {
            return ScreenKey.of(ScreenKey.Kind.END_OF_INPUT);
        }
        ScreenKey.Kind kind = reader.readBinding(keys, null, true);
        if (kind == null) {
            return ScreenKey.of(ScreenKey.Kind.END_OF_INPUT);
        }
        if (kind != ScreenKey.Kind.CHARACTER) {
            return ScreenKey.of(kind);
        }
        String typed = reader.getLastBinding();
        if (typed == null || typed.isEmpty() || typed.length() > Character.charCount(typed.codePointAt(0))) {
            return ScreenKey.of(ScreenKey.Kind.IGNORED); // an escape sequence no key here stands for
        }
        int codePoint = typed.codePointAt(0);
        return codePoint < 0x20 ? ScreenKey.control(codePoint) : ScreenKey.character(codePoint);
    }
}
