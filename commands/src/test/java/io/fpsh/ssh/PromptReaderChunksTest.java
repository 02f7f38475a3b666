package io.fpsh.ssh;

import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.drive.CapturingIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prompt is found whatever way the device's output is cut into packets. */
class PromptReaderChunksTest {
    private static final DeviceIo NO_DIALOGS = CapturingIo.answering();

    @Test
    @Timeout(10)
    void aPromptAfterALineShownInAnEarlierPacketIsStillThePrompt() throws Exception {
        // Seen against OpenSSH: the banner's last line came alone, its \r\r\n and the prompt in the next packet.
        PipedOutputStream device = new PipedOutputStream();
        PipedInputStream fromDevice = new PipedInputStream(device, 65536);
        try (ShellStream stream = new ShellStream(fromDevice, OutputStream.nullOutputStream())) {
            StringBuilder shown = new StringBuilder();
            PromptReader reader = new PromptReader(stream, shown::append, NO_DIALOGS, false, new AtomicBoolean());
            device.write("Cisco Secure Firewall Threat Defense for VMware v7.3.1 (build 19)\r".getBytes(StandardCharsets.UTF_8));
            device.flush();
            Thread.sleep(200); // the first packet is read alone
            device.write("\r\n\r\r\n> ".getBytes(StandardCharsets.UTF_8));
            device.flush();
            PromptReader.Ending ending = reader.readToPrompt(new Deadline(Duration.ofSeconds(5)));
            assertEquals(Mode.CLISH, ending.prompt().mode());
            assertEquals("Cisco Secure Firewall Threat Defense for VMware v7.3.1 (build 19)\n\n", shown.toString());
        }
    }

    @Test
    @Timeout(10)
    void aPagerPromptAndItsErasingCutAnywhereNeverReachTheScreen() throws Exception {
        PipedOutputStream device = new PipedOutputStream();
        PipedInputStream fromDevice = new PipedInputStream(device, 65536);
        java.io.ByteArrayOutputStream typed = new java.io.ByteArrayOutputStream();
        try (ShellStream stream = new ShellStream(fromDevice, typed)) {
            StringBuilder shown = new StringBuilder();
            PromptReader reader = new PromptReader(stream, shown::append, NO_DIALOGS, false, new AtomicBoolean());
            Thread deviceSide = new Thread(() -> {
                try {
                    // each piece is a packet of its own: the pager cut inside, its erasing cut between the CRs
                    for (String piece : new String[] {"line 1\r\n<--- Mo", "re --->"}) {
                        device.write(piece.getBytes(StandardCharsets.UTF_8));
                        device.flush();
                        Thread.sleep(150);
                    }
                    while (typed.size() == 0) {
                        Thread.sleep(10); // the SPACE that answers the pager
                    }
                    for (String piece : new String[] {"\r      ", "        \r", " nameif inside\r\n> "}) {
                        device.write(piece.getBytes(StandardCharsets.UTF_8));
                        device.flush();
                        Thread.sleep(150);
                    }
                } catch (java.io.IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
            deviceSide.start();
            PromptReader.Ending ending = reader.readToPrompt(new Deadline(Duration.ofSeconds(8)));
            deviceSide.join();
            assertEquals(Mode.CLISH, ending.prompt().mode());
            assertEquals(" ", typed.toString(StandardCharsets.UTF_8), "the pager is answered with SPACE, once");
            assertEquals("line 1\n nameif inside\n", shown.toString());
        }
    }

    @Test
    @Timeout(10)
    void anErrorMarkerCutBetweenPacketsStillCountsAndOneInsideALineDoesNot() throws Exception {
        assertTrue(errorLineSeen("Syntax e", "rror: Illegal parameter\r\n> "));
        assertTrue(errorLineSeen("ok\r\nERR", "OR: % Invalid input detected\r\n> "));
        assertFalse(errorLineSeen("a long line that mentions Syntax error: ", "and ERROR: % inside\r\n> "));
        assertFalse(errorLineSeen("Syntax", " error is not the marker\r\n> "));
    }

    /** Sends each piece as a packet of its own and tells whether the reader saw a line start with an error marker. */
    private static boolean errorLineSeen(String... pieces) throws Exception {
        PipedOutputStream device = new PipedOutputStream();
        PipedInputStream fromDevice = new PipedInputStream(device, 65536);
        try (ShellStream stream = new ShellStream(fromDevice, OutputStream.nullOutputStream())) {
            PromptReader reader = new PromptReader(stream, text -> { }, NO_DIALOGS, false, new AtomicBoolean());
            for (String piece : pieces) {
                device.write(piece.getBytes(StandardCharsets.UTF_8));
                device.flush();
                Thread.sleep(100); // each piece is read alone
            }
            return reader.readToPrompt(new Deadline(Duration.ofSeconds(5))).errorLine();
        }
    }
}
