package io.fpsh.tools.curl;

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

    /** A filesystem with nothing in it that accepts no writes: for callers that need only network behaviour. */
    static CurlFiles empty() {
        return new CurlFiles() {
            @Override public Optional<byte[]> read(String path) { return Optional.empty(); }
            @Override public List<String> list(String directory) { return List.of(); }
            @Override public boolean write(String path, byte[] content) { return false; }
        };
    }
}
