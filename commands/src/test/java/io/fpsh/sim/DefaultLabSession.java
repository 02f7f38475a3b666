package io.fpsh.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A fresh copy of the default shipped lab for one test, with a way to run a line and check its exit status. */
final class DefaultLabSession implements AutoCloseable {
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
    ScriptedIo run(String line, int expectedStatus, String... answers) {
        ScriptedIo io = new ScriptedIo(answers);
        assertEquals(expectedStatus, ftd.run(line, io), () -> line + " -> " + io.stdout() + io.stderr());
        return io;
    }

    @Override
    public void close() {
        ftd.close();
    }
}
