package io.fpsh.sim.expert;

import java.time.Duration;
import java.util.List;

/**
 * The device's file system as the shell sees it. All paths are absolute and normalised (see {@link SimPaths});
 * contents may be generated on each read (e.g. resolv.conf from the current DNS settings).
 */
public interface SimFileSystem {

    boolean exists(String path);

    boolean isDirectory(String path);

    /** The file's bytes as they are now. */
    byte[] read(String path) throws SimFileException;

    /** The names in a directory (no {@code .} or {@code ..}), in any order. */
    List<String> list(String directory) throws SimFileException;

    /** What {@code ls -l} shows. */
    SimFileInfo stat(String path) throws SimFileException;

    /**
     * Writes (or appends to) a file for a shell redirection. The default refuses, as a read-only file system
     * would: the shell then prints {@code -bash: FILE: Read-only file system}.
     */
    default void write(String path, byte[] data, boolean append) throws SimFileException {
        throw new SimFileException(SimFileException.Reason.READ_ONLY_FILE_SYSTEM);
    }

    /** How many more bytes {@link #write} takes before the writable areas are full ({@code No space left on device}). */
    default long freeBytes() {
        return Long.MAX_VALUE;
    }

    /** True when {@link #write} would take this file (vi opens any other one {@code [readonly]}). */
    default boolean isWritable(String path) {
        return false;
    }

    /**
     * Waits until the file may have changed since it was {@code knownSize} bytes long, or until {@code timeout}
     * passes; {@code tail -f} calls it in a loop and re-reads the file. The default simply sleeps (polling);
     * an implementation may return as soon as the file grows.
     */
    default void awaitChange(String path, long knownSize, Duration timeout) throws InterruptedException {
        Thread.sleep(timeout.toMillis());
    }

    /** True for a program file ({@code -rwxr-xr-x}), which the shell may run by its path. */
    default boolean isExecutable(String path) {
        return false;
    }

    /** The path with every symbolic link in it followed, as {@code realpath} gives it; the path itself without links. */
    default String realPath(String path) {
        return path;
    }

    /** What a symbolic link points to ({@code readlink}), or empty when {@code path} is no link. */
    default java.util.Optional<String> linkTarget(String path) {
        return java.util.Optional.empty();
    }
}
