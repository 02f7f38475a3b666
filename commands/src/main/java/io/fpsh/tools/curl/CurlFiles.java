package io.fpsh.tools.curl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** The slice of the simulated filesystem curl touches: CA files and directories, and -o targets. */
public interface CurlFiles {

    /** The content of a regular file, empty when it does not exist or cannot be read. */
    Optional<byte[]> read(String path);

    /** The full paths of the entries of a directory (empty when it does not exist). */
    List<String> list(String directory);

    /** Writes (replaces) a file; false when the path cannot be written (missing directory, permissions). */
    boolean write(String path, byte[] content);

    /**
     * Opens (creates or truncates) a file for curl's -o, empty when it cannot be created. The default checks the path
     * with an empty {@link #write} and stores the content when the stream is closed; a filesystem that can write as the
     * bytes arrive should override it.
     */
    default Optional<OutputStream> open(String path) {
        if (!write(path, new byte[0])) return Optional.empty();
        CurlFiles files = this;
        return Optional.of(new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
                if (!files.write(path, toByteArray())) throw new IOException("write refused: " + path);
            }
        });
    }

    /** Why {@link #open} refused a path, in strerror's words (a directory has entries; anything else is missing). */
    default String whyNotWritable(String path) {
        return list(path).isEmpty() ? "No such file or directory" : "Is a directory";
    }

    /** A filesystem with nothing in it that accepts no writes: for callers that need only network behaviour. */
    static CurlFiles empty() {
        return new CurlFiles() {
            @Override public Optional<byte[]> read(String path) { return Optional.empty(); }
            @Override public List<String> list(String directory) { return List.of(); }
            @Override public boolean write(String path, byte[] content) { return false; }
        };
    }
}
