package io.fpsh.sim;

import io.fpsh.device.Device;
import io.fpsh.drive.CapturingIo;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs a line on a device with {@link CapturingIo#answering} answering its dialogs, and checks its status. */
public final class ScriptedIo {
    private ScriptedIo() {}

    /** Runs {@code line} on {@code device}, answering its dialogs with {@code answers}, and checks its status. */
    public static CapturingIo run(Device device, String line, int expectedStatus, String... answers) {
        CapturingIo io = CapturingIo.answering(answers);
        int status = device.run(line, io);
        assertEquals(expectedStatus, status, () -> line + "\n[out]\n" + io.stdout() + "[err]\n" + io.stderr());
        return io;
    }
}
