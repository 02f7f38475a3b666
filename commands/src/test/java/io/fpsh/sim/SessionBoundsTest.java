package io.fpsh.sim;

import io.fpsh.device.Device;
import io.fpsh.drive.CapturingIo;
import io.fpsh.target.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a session cannot grow without end on a lab device (issue 12 §7): the shells' histories keep bash's 500 lines
 * numbered as bash numbers them, and a program printing for ever into a pipe stops when its reader is gone.
 */
class SessionBoundsTest {

    private static String run(Device device, String line) {
        CapturingIo io = CapturingIo.answering();
        device.run(line, io);
        return io.text();
    }

    @Test
    void theExpertShellsHistoryKeepsItsNewest500LinesWithTheirNumbers() throws Exception {
        try (Device device = Targets.open("lab:ftd01-dns")) {
            run(device, "expert");
            for (int i = 1; i <= 600; i++) {
                run(device, "echo " + i);
            }
            assertEquals("  600  echo 600\n  601  history 2\n", run(device, "history 2"));
            assertEquals("  103  echo 103\n", run(device, "history | head -1"), "the oldest kept of 602 lines");
        }
    }

    @Test
    void theClishHistoryKeepsItsNewest500Lines() throws Exception {
        try (Device device = Targets.open("lab:ftd01-dns")) {
            for (int i = 1; i <= 600; i++) {
                run(device, "show clock");
            }
            String history = run(device, "history");
            assertTrue(history.startsWith("  102  show clock\n"), history.substring(0, 40));
            assertEquals(500, history.lines().count());
        }
    }

    @Test
    @Timeout(30)
    void aProgramPrintingForEverStopsWhenItsReaderIsGone() throws Exception {
        try (Device device = Targets.open("lab:ftd01-dns")) {
            run(device, "expert");
            assertEquals("y\ny\ny\n", run(device, "awk 'BEGIN { while (1) print \"y\" }' | head -3"));
        }
    }

    @Test
    @Timeout(30)
    void aFileWrittenWithoutEndStopsAtTheQuotaWithENOSPC() throws Exception {
        try (Device device = Targets.open("lab:ftd01-dns")) {
            run(device, "expert");
            String line = "0123456789".repeat(100); // long lines: the quota fills in a few thousand prints
            String out = run(device, "awk 'BEGIN { while (1) print \"" + line + "\" }' > /tmp/big; wc -c /tmp/big");
            assertTrue(out.contains("-bash: /tmp/big: No space left on device\n"), out);
            assertTrue(out.contains(io.fpsh.sim.expert.MapFileSystem.WRITTEN_BYTES_QUOTA + " /tmp/big"), out);
            assertTrue(run(device, "echo more >> /tmp/other").contains("No space left on device"));
        }
    }
}
