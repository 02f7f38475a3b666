package io.fpsh.sim.expert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code |} between two pipeline stages: a bounded byte buffer. Closing the read end makes writes fail
 * ("Broken pipe", as SIGPIPE would stop the writer); closing the write end gives the reader end of file.
 * Unlike java.io's piped streams it does not care which threads use it.
 */
final class BytePipe {

    private final byte[] buffer = new byte[64 * 1024];
    private int start;
    private int count;
    private boolean writeClosed;
    private boolean readClosed;

    private final InputStream source = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return take(b, off, len);
        }

        @Override
        public void close() {
            closeRead();
        }
    };

    private final OutputStream sink = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            put(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            put(b, off, len);
        }

        @Override
        public void close() {
            closeWrite();
        }
    };

    InputStream source() {
        return source;
    }

    OutputStream sink() {
        return sink;
    }

    synchronized void closeWrite() {
        writeClosed = true;
        notifyAll();
    }

    synchronized void closeRead() {
        readClosed = true;
        notifyAll();
    }

    private synchronized void put(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            while (count == buffer.length && !readClosed && !writeClosed) {
                waitQuietly();
            }
            if (readClosed || writeClosed) {
                throw new IOException("Broken pipe");
            }
            int end = (start + count) % buffer.length;
            int n = Math.min(len, Math.min(buffer.length - count, buffer.length - end));
            System.arraycopy(b, off, buffer, end, n);
            count += n;
            off += n;
            len -= n;
            notifyAll();
        }
    }

    private synchronized int take(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (count == 0 && !writeClosed && !readClosed) {
            waitQuietly();
        }
        if (count == 0 || readClosed) {
            return -1;
        }
        int n = Math.min(len, Math.min(count, buffer.length - start));
        System.arraycopy(buffer, start, b, off, n);
        start = (start + n) % buffer.length;
        count -= n;
        notifyAll();
        return n;
    }

    private void waitQuietly() throws IOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted");
        }
    }
}
