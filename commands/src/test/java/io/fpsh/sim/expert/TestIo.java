package io.fpsh.sim.expert;

import io.fpsh.device.DeviceIo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures a run's output and error separately. */
final class TestIo implements DeviceIo {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Override public PrintStream out() { return out; }
    @Override public PrintStream err() { return err; }
    @Override public String readPassword(String prompt) { return null; }
    @Override public String readLine(String prompt) { return null; }

    String stdout() {
        synchronized (outBytes) {
            return outBytes.toString(StandardCharsets.UTF_8);
        }
    }

    String stderr() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    byte[] outBytes() {
        return outBytes.toByteArray();
    }
}
