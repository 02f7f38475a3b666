package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interactive shell's line editor in-process: the reader {@link InteractiveShell} builds, on a terminal made of
 * byte streams, typed at by a string (TAB as {@code \t}, Enter as {@code \r}). The fake device stands in for the lab.
 */
class LineEditorTest {
    private static final String BELL = "\u0007";

    private final FakeDevice device = FakeDevice.forTest();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @Test
    void tabOnAWordThatFitsNothingRingsTheBellAndListsNothing() throws Exception {
        assertEquals("show bogus", type("show bogus\t\r"));
        assertTrue(screen().contains(BELL), screen());
        assertFalse(screen().contains("version"), screen());
    }

    @Test
    void tabOnAWordThatFitsCompletesWithoutBell() throws Exception {
        assertEquals("show ver", type("sh\tver\r"));
        assertFalse(screen().contains(BELL), screen());
    }

    @Test
    void inTheLinuxShellTabCompletesFileNamesOfTheDevice() throws Exception {
        device.run("expert", io());
        assertEquals("cat /ngfw/etc/sf/connector.properties ", type("cat /ngfw/etc/sf/connector.p\t\r"));
        assertEquals("more logs/", type("more lo\t\r")); // a directory takes no blank
        assertEquals("cat ", type("cat \t\r")); // two names: listed, the dot file hidden as in bash
        assertTrue(screen().contains("notes.txt") && screen().contains("logs/"), screen());
        assertFalse(screen().contains(".bash_history"), screen());
        assertEquals("cat .bash_history ", type("cat .\t\r"));
    }

    @Test
    void fileNamesAreNotCompletedAtTheClish() throws Exception {
        assertEquals("show no", type("show no\t\r"));
        assertTrue(screen().contains(BELL), screen());
    }

    @Test
    void optionsAreStillCompletedInTheLinuxShell() throws Exception {
        device.run("expert", io());
        assertEquals("curl --connect-timeout ", type("curl --conn\t\r"));
    }

    /** Reads one line from {@code keys} with a fresh editor and returns it. */
    private String type(String keys) throws Exception {
        screen.reset();
        // The keyboard stays open: at its end the terminal would close before the editor has read every key.
        PipedInputStream keyboard = new PipedInputStream(1 << 16);
        try (PipedOutputStream typing = new PipedOutputStream(keyboard);
             Terminal terminal = new ExternalTerminal("test", "xterm", keyboard, screen, StandardCharsets.UTF_8)) {
            typing.write(keys.getBytes(StandardCharsets.UTF_8));
            typing.flush();
            terminal.setSize(new Size(120, 40));
            LineReader reader = InteractiveShell.buildReader(terminal, new Session(FakeDevice::new, device),
                    new DialogFlag());
            return reader.readLine(device.prompt());
        }
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    private static DeviceIo io() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new PlainIo(sink, sink, null);
    }
}
