package io.fpsh.shell.serve;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Turns each {@code \n} not already after a {@code \r} into {@code \r\n}: what a pty's ONLCR does for a real sshd. */
final class CrlfOutputStream extends FilterOutputStream {
    private int previous = -1;

    CrlfOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (b == '\n' && previous != '\r') {
            out.write('\r');
        }
        out.write(b);
        previous = b & 0xff;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n' && (i > offset ? bytes[i - 1] : previous) != '\r') {
                out.write(bytes, start, i - start);
                out.write('\r');
                start = i; // the '\n' goes out with the next chunk
            }
        }
        out.write(bytes, start, end - start);
        if (length > 0) {
            previous = bytes[end - 1] & 0xff;
        }
    }
}
