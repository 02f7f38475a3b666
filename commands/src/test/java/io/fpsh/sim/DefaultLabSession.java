package io.fpsh.sim;

import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.drive.CapturingIo;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh copy of the default shipped lab for one test, with a way to run a line and check its exit status.
 * Registered as a test's extension it closes after each test; opened by hand it is closed with try-with-resources.
 */
final class DefaultLabSession implements AfterEachCallback, AutoCloseable {
    private final SimulatedFtd ftd;

    DefaultLabSession() {
        try {
            ftd = (SimulatedFtd) LabDevices.open("ftd01-dns");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    SimulatedFtd ftd() {
        return ftd;
    }

    /** Runs {@code line}, answering its dialogs with {@code answers}, and checks its status; the output is returned. */
    CapturingIo run(String line, int expectedStatus, String... answers) {
        return ScriptedIo.run(ftd, line, expectedStatus, answers);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        ftd.close();
    }
}
