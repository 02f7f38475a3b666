package io.fpsh.sim.expert;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The session's own output as a stage sees it: never closed by the stage, and silent once the run is cancelled,
 * so a command still finishing after Ctrl-C cannot print under the next prompt.
 */
final class TerminalStream extends OutputStream {

    private final OutputStream terminal;
    private final Cancellation cancellation;

    TerminalStream(OutputStream terminal, Cancellation cancellation) {
        this.terminal = terminal;
        this.cancellation = cancellation;
    }

    @Override
    public void write(int b) throws IOException {
        if (!cancellation.isCancelled()) {
            terminal.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (!cancellation.isCancelled()) {
            terminal.write(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        terminal.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
