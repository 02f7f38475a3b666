package io.fpsh.sim.tools;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * stdout as the C library buffers it on a terminal: held until a newline or the end of the program. This is why
 * curl's {@code * Connection #0 ... left intact} (stderr, unbuffered) shows before a body without a final newline.
 */
final class LineBufferedStream extends OutputStream {
    private final PrintStream target;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    LineBufferedStream(PrintStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) {
        pending.write(b);
        if (b == '\n') {
            drain();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /** Only newlines and the end of the program empty the buffer, as with stdio; an explicit flush is ignored. */
    @Override
    public void flush() {
    }

    @Override
    public void close() {
        drain();
    }

    private void drain() {
        target.write(pending.toByteArray(), 0, pending.size());
        target.flush();
        pending.reset();
    }
}
