package io.fpsh.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code fpsh lab capture}'s refusals that need no device: one line, exit status 2, nothing read or sent. */
class LabCaptureCommandLineTest {
    @Test
    void thisMachineIsNoDeviceToCapture() {
        FpshProcess.Result result = FpshProcess.inProcess("lab", "capture", "--target", "local");
        assertEquals(2, result.exitStatus(), result.err());
        assertEquals("", result.out());
        assertEquals("fpsh: lab capture: local is not a device: capture an FTD (ssh://...) or a lab\n", result.err());
    }
}
