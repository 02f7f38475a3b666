package io.fpsh.sim.expert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Output redirected into a simulated file ({@code > file}): collected, then appended to the file on close. */
final class FileRedirectStream extends ByteArrayOutputStream {

    private final SimFileSystem fileSystem;
    private final String path;
    private boolean closed;

    FileRedirectStream(SimFileSystem fileSystem, String path) {
        this.fileSystem = fileSystem;
        this.path = path;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            fileSystem.write(path, toByteArray(), true);
        } catch (SimFileException e) {
            throw new IOException(e.getMessage());
        }
    }
}
