package io.fpsh.sim.expert;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A simulated file system held in memory: fixed files, files generated on each read, and growing logs that
 * wake {@code tail -f}. Directories exist implicitly above every file and explicitly through {@link #mkdirs}.
 * Writes from shell redirections are refused (read-only), except where {@link #allowWrites} says otherwise.
 */
public final class MapFileSystem implements SimFileSystem {

    private final Map<String, Supplier<byte[]>> files = new TreeMap<>();
    private final Map<String, ByteArrayOutputStream> logs = new TreeMap<>();
    private final TreeSet<String> directories = new TreeSet<>(List.of("/"));
    private final Supplier<ZonedDateTime> clock;
    private boolean writable;

    public MapFileSystem(Supplier<ZonedDateTime> clock) {
        this.clock = clock;
    }

    public MapFileSystem() {
        this(() -> ZonedDateTime.of(2020, 4, 8, 1, 27, 55, 0, ZoneOffset.UTC));
    }

    /** Lets {@code > file} and {@code >> file} create and change files (they become growing files). */
    public synchronized MapFileSystem allowWrites(boolean allowed) {
        writable = allowed;
        return this;
    }

    public synchronized MapFileSystem mkdirs(String path) {
        String p = SimPaths.normalise(path);
        while (!p.equals("/")) {
            directories.add(p);
            p = SimPaths.parent(p);
        }
        return this;
    }

    /** A file with fixed text (UTF-8). */
    public MapFileSystem putText(String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return putGenerated(path, () -> bytes);
    }

    /** A file whose bytes are produced on every read, e.g. from the device's current settings. */
    public synchronized MapFileSystem putGenerated(String path, Supplier<byte[]> content) {
        String p = SimPaths.normalise(path);
        mkdirs(SimPaths.parent(p));
        logs.remove(p);
        files.put(p, content);
        return this;
    }

    /** Appends to a file (creating it), as a daemon writing its log; wakes anyone in {@link #awaitChange}. */
    public synchronized MapFileSystem append(String path, String text) {
        String p = SimPaths.normalise(path);
        ByteArrayOutputStream log = logs.get(p);
        if (log == null) {
            log = new ByteArrayOutputStream();
            byte[] before = files.containsKey(p) ? files.get(p).get() : new byte[0];
            log.writeBytes(before);
            logs.put(p, log);
            ByteArrayOutputStream content = log;
            mkdirs(SimPaths.parent(p));
            files.put(p, () -> {
                synchronized (this) {
                    return content.toByteArray();
                }
            });
        }
        log.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        notifyAll();
        return this;
    }

    @Override
    public synchronized boolean exists(String path) {
        return files.containsKey(path) || directories.contains(path);
    }

    @Override
    public synchronized boolean isDirectory(String path) {
        return directories.contains(path);
    }

    @Override
    public byte[] read(String path) throws SimFileException {
        Supplier<byte[]> content;
        synchronized (this) {
            if (directories.contains(path)) {
                throw new SimFileException(SimFileException.Reason.IS_A_DIRECTORY);
            }
            checkParentIsDirectory(path);
            content = files.get(path);
        }
        if (content == null) {
            throw new SimFileException(SimFileException.Reason.NO_SUCH_FILE);
        }
        return content.get();
    }

    @Override
    public synchronized List<String> list(String directory) throws SimFileException {
        if (!directories.contains(directory)) {
            throw new SimFileException(files.containsKey(directory)
                    ? SimFileException.Reason.NOT_A_DIRECTORY : SimFileException.Reason.NO_SUCH_FILE);
        }
        TreeSet<String> names = new TreeSet<>();
        for (String p : files.keySet()) {
            if (!p.equals(directory) && SimPaths.parent(p).equals(directory)) {
                names.add(SimPaths.name(p));
            }
        }
        for (String p : directories) {
            if (!p.equals("/") && SimPaths.parent(p).equals(directory)) {
                names.add(SimPaths.name(p));
            }
        }
        return new ArrayList<>(names);
    }

    @Override
    public SimFileInfo stat(String path) throws SimFileException {
        synchronized (this) {
            if (directories.contains(path)) {
                return SimFileInfo.directory(clock.get());
            }
        }
        return SimFileInfo.file(read(path).length, clock.get());
    }

    @Override
    public void write(String path, byte[] data, boolean append) throws SimFileException {
        synchronized (this) {
            if (!writable) {
                throw new SimFileException(SimFileException.Reason.READ_ONLY_FILE_SYSTEM);
            }
            if (directories.contains(path)) {
                throw new SimFileException(SimFileException.Reason.IS_A_DIRECTORY);
            }
            if (!directories.contains(SimPaths.parent(path))) {
                throw new SimFileException(SimFileException.Reason.NO_SUCH_FILE);
            }
            if (!append) {
                putText(path, "");
            }
        }
        append(path, new String(data, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void awaitChange(String path, long knownSize, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ByteArrayOutputStream log = logs.get(path);
            if (log == null || log.size() != knownSize) {
                if (log == null) {
                    wait(Math.max(1, timeout.toMillis()));
                }
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private void checkParentIsDirectory(String path) throws SimFileException {
        String parent = SimPaths.parent(path);
        if (files.containsKey(parent)) {
            throw new SimFileException(SimFileException.Reason.NOT_A_DIRECTORY);
        }
    }
}
