package io.fpsh.sim.expert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Output redirected into a simulated file ({@code > file}): collected, then appended to the file on close. It never
 * holds more than the file system has room for: past that a write fails (the writer sees its error and stops, as on
 * a full disk), what fitted is written, and the close reports ENOSPC.
 */
final class FileRedirectStream extends OutputStream {

    private final SimFileSystem fileSystem;
    private final String path;
    private final long room;
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private boolean full;
    private boolean closed;

    FileRedirectStream(SimFileSystem fileSystem, String path) {
        this.fileSystem = fileSystem;
        this.path = path;
        this.room = fileSystem.freeBytes();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        int fits = (int) Math.min(length, Math.max(0, room - collected.size()));
        collected.write(bytes, offset, fits);
        if (fits < length) {
            full = true;
            throw new IOException(SimFileException.Reason.NO_SPACE.text());
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            fileSystem.write(path, collected.toByteArray(), true);
        } catch (SimFileException e) {
            if (e.reason() != SimFileException.Reason.NO_SPACE) {
                throw new IOException(e.getMessage());
            }
            full = true;
            writeWhatFits();
        }
        if (full) {
            // [UNVERIFIED] the writing program's own "write error" line is not known per command: bash's shape
            throw new IOException(path + ": " + SimFileException.Reason.NO_SPACE.text());
        }
    }

    private void writeWhatFits() {
        byte[] all = collected.toByteArray();
        int fits = (int) Math.min(all.length, fileSystem.freeBytes());
        try {
            fileSystem.write(path, java.util.Arrays.copyOf(all, fits), true);
        } catch (SimFileException e) {
            // nothing fitted after all: the file stays as it was
        }
    }
}
