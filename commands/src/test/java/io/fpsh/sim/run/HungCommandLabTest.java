package io.fpsh.sim.run;

import io.fpsh.device.TargetException;
import io.fpsh.drive.CapturingIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lab's {@code hangs}: the command never returns, Ctrl-C does not stop it, closing the session does. */
class HungCommandLabTest {
    @TempDir
    Path folder;

    private Path lab(String hangs) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/io/fpsh/labs/ftd01-dns.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = folder.resolve("hung.yaml");
        Files.writeString(file, text + hangs);
        return file;
    }

    @Test
    void aHungCommandIgnoresCtrlCAndEndsWhenTheSessionCloses() throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab("hangs: [show network]\n").toString()))) {
            CapturingIo version = CapturingIo.answering();
            assertEquals(0, ftd.run("show version", version), "other commands answer");
            CapturingIo io = CapturingIo.answering();
            CompletableFuture<Integer> hung = CompletableFuture.supplyAsync(() -> ftd.run("show   network ", io));
            assertThrows(TimeoutException.class, () -> hung.get(500, TimeUnit.MILLISECONDS));
            ftd.cancel();
            assertThrows(TimeoutException.class, () -> hung.get(500, TimeUnit.MILLISECONDS), "Ctrl-C does not stop it");
            ftd.close();
            assertEquals(1, hung.get(5, TimeUnit.SECONDS));
            assertEquals("", io.text());
        }
    }

    @Test
    void anEmptyEntryIsOneLineWithItsLine() throws Exception {
        Path file = lab("hangs: ['']\n");
        TargetException e = assertThrows(TargetException.class, () -> LabDevices.read(file.toString()));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": field 'hangs': each entry is a command line (got an empty one)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
