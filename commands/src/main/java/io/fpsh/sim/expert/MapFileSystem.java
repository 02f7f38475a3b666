package io.fpsh.sim.expert;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A simulated file system held in memory: fixed files, files generated on each read, and growing logs that
 * wake {@code tail -f}. Directories exist implicitly above every file and explicitly through {@link #mkdirs}.
 * Writes from shell redirections are refused (read-only), except where {@link #allowWrites} says otherwise.
 * Program files ({@link #putExecutable}) may be run by path; symbolic links ({@link #putSymlink}) are followed by
 * every operation but {@link #stat}, which shows the link itself as {@code ls -l} does.
 */
public final class MapFileSystem implements SimFileSystem {

    private final Map<String, Supplier<byte[]>> files = new TreeMap<>();
    private final Map<String, ByteArrayOutputStream> logs = new TreeMap<>();
    private final TreeSet<String> directories = new TreeSet<>(List.of("/"));
    private final Map<String, String> links = new TreeMap<>();
    private final Set<String> executables = new HashSet<>();
    /** The files whose time is their own (written when the state they show last changed), not the clock's. */
    private final Map<String, Supplier<ZonedDateTime>> modifiedTimes = new TreeMap<>();
    private final Set<String> sockets = new HashSet<>();
    /** When each file was last put or appended to, for ls -l, ls -t and find -mtime; others show the clock. */
    private final Map<String, ZonedDateTime> modified = new TreeMap<>();
    private final Supplier<ZonedDateTime> clock;
    private boolean writable;
    /**
     * What the files written in the shell (redirections, vi, curl -o) may hold together, and how many there may be:
     * a session can never fill the server's memory. A student never meets it in normal work; past it a write fails
     * with ENOSPC, as on a full disk. [UNVERIFIED] the device's real free space is far larger; the cap is fpsh's.
     */
    public static final long WRITTEN_BYTES_QUOTA = 8L << 20;
    public static final int WRITTEN_FILES_QUOTA = 4096;
    /** Where writes go through though the rest refuses them ({@link #allowWritesUnder}): folder paths ending in '/'. */
    private List<String> writableAreas = List.of();

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

    /**
     * Lets writes (a redirection, vi's :w) create and change files under these folders only ({@code /tmp/}); the
     * rest stays read-only. Each ends in '/'.
     */
    public synchronized MapFileSystem allowWritesUnder(List<String> folders) {
        writableAreas = List.copyOf(folders);
        return this;
    }

    @Override
    public synchronized boolean isWritable(String given) {
        String path = realPath(given);
        return mayWrite(path) && !directories.contains(path) && directories.contains(SimPaths.parent(path));
    }

    private boolean mayWrite(String path) {
        return writable || writableAreas.stream().anyMatch(path::startsWith);
    }

    public synchronized MapFileSystem mkdirs(String path) {
        String p = realPath(SimPaths.normalise(path));
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
        String p = realPath(SimPaths.normalise(path));
        mkdirs(SimPaths.parent(p));
        logs.remove(p);
        executables.remove(p);
        sockets.remove(p);
        files.put(p, content);
        modified.put(p, clock.get());
        return this;
    }

    /** A unix socket a daemon listens on ({@code srwxrwxrwx}, size 0); reading it fails as reading a socket does. */
    public synchronized MapFileSystem putSocket(String path) {
        putGenerated(path, () -> new byte[0]);
        sockets.add(realPath(SimPaths.normalise(path)));
        return this;
    }

    /** Gives file {@code path} its own modification time, read afresh by every stat (ls -l, date -r). */
    public synchronized MapFileSystem setModified(String path, Supplier<ZonedDateTime> modified) {
        modifiedTimes.put(realPath(SimPaths.normalise(path)), modified);
        return this;
    }

    /** A program file ({@code -rwxr-xr-x}) with fixed bytes, which the shell may run by its path. */
    public synchronized MapFileSystem putExecutable(String path, byte[] content) {
        byte[] bytes = content.clone();
        putGenerated(path, () -> bytes);
        executables.add(realPath(SimPaths.normalise(path)));
        return this;
    }

    /** A symbolic link at {@code path} to the absolute {@code target}, as {@code ln -s target path} makes. */
    public synchronized MapFileSystem putSymlink(String path, String target) {
        String p = SimPaths.normalise(path);
        mkdirs(SimPaths.parent(p));
        String at = SimPaths.resolve(realPath(SimPaths.parent(p)), "/", SimPaths.name(p));
        directories.remove(at);
        links.put(at, target);
        return this;
    }

    /** Appends to a file (creating it), as a daemon writing its log; wakes anyone in {@link #awaitChange}. */
    public synchronized MapFileSystem append(String path, String text) {
        String p = realPath(SimPaths.normalise(path));
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
        modified.put(p, clock.get());
        notifyAll();
        return this;
    }

    @Override
    public synchronized boolean exists(String path) {
        String real = realPath(path);
        return files.containsKey(real) || directories.contains(real);
    }

    @Override
    public synchronized boolean isDirectory(String path) {
        return directories.contains(realPath(path));
    }

    @Override
    public synchronized boolean isExecutable(String path) {
        return executables.contains(realPath(path));
    }

    @Override
    public synchronized Optional<String> linkTarget(String path) {
        String parent = realPath(SimPaths.parent(path));
        return Optional.ofNullable(links.get(SimPaths.resolve(parent, "/", SimPaths.name(path))));
    }

    /** Follows every link in the path, at most 40 of them as Linux does (a loop is left unresolved: not found). */
    @Override
    public synchronized String realPath(String path) {
        java.util.Deque<String> rest = new java.util.ArrayDeque<>(parts(path));
        String current = "/";
        int followed = 0;
        while (!rest.isEmpty()) {
            String next = SimPaths.resolve(current, "/", rest.poll());
            String target = links.get(next);
            if (target == null) {
                current = next;
            } else if (++followed > 40) {
                return next;
            } else {
                List<String> targetParts = parts(SimPaths.resolve(current, "/", target));
                for (int i = targetParts.size() - 1; i >= 0; i--) {
                    rest.push(targetParts.get(i));
                }
                current = "/";
            }
        }
        return current;
    }

    private static List<String> parts(String absolute) {
        return java.util.Arrays.stream(SimPaths.normalise(absolute).split("/")).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public byte[] read(String given) throws SimFileException {
        Supplier<byte[]> content;
        String path;
        synchronized (this) {
            path = realPath(given);
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
    public synchronized List<String> list(String given) throws SimFileException {
        String directory = realPath(given);
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
        for (String p : links.keySet()) {
            if (SimPaths.parent(p).equals(directory)) {
                names.add(SimPaths.name(p));
            }
        }
        return new ArrayList<>(names);
    }

    @Override
    public SimFileInfo stat(String given) throws SimFileException {
        String path;
        synchronized (this) {
            Optional<String> target = linkTarget(given);
            if (target.isPresent()) {
                return SimFileInfo.symlink(target.get(), clock.get());
            }
            path = realPath(given);
            if (directories.contains(path)) {
                return SimFileInfo.directory(clock.get());
            }
        }
        ZonedDateTime time;
        synchronized (this) {
            // a file whose time follows the state it shows (resolv.conf: the last configure network dns) wins
            Supplier<ZonedDateTime> own = modifiedTimes.get(path);
            time = own != null ? own.get() : modified.getOrDefault(path, clock.get());
            if (sockets.contains(path)) {
                return SimFileInfo.socket(time);
            }
        }
        int size = read(path).length;
        return executables.contains(path) ? SimFileInfo.executable(size, time) : SimFileInfo.file(size, time);
    }

    @Override
    public void write(String given, byte[] data, boolean append) throws SimFileException {
        String path;
        synchronized (this) {
            path = realPath(given);
            if (!mayWrite(path)) {
                throw new SimFileException(SimFileException.Reason.READ_ONLY_FILE_SYSTEM);
            }
            if (directories.contains(path)) {
                throw new SimFileException(SimFileException.Reason.IS_A_DIRECTORY);
            }
            if (!directories.contains(SimPaths.parent(path))) {
                throw new SimFileException(SimFileException.Reason.NO_SUCH_FILE);
            }
            checkQuota(path, data.length, append);
            if (!append) {
                putText(path, "");
            }
        }
        append(path, new String(data, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized long freeBytes() {
        return Math.max(0, WRITTEN_BYTES_QUOTA - writtenBytes(null));
    }

    /** Refuses a write that would take the written files past their quota, before anything of it is kept. */
    private void checkQuota(String path, int length, boolean append) throws SimFileException {
        ByteArrayOutputStream existing = logs.get(path);
        if (existing == null && files.containsKey(path) == false && writtenFiles() >= WRITTEN_FILES_QUOTA) {
            throw new SimFileException(SimFileException.Reason.NO_SPACE);
        }
        long kept = append && existing != null ? existing.size() : 0;
        if (writtenBytes(path) + kept + length > WRITTEN_BYTES_QUOTA) {
            throw new SimFileException(SimFileException.Reason.NO_SPACE);
        }
    }

    /** The bytes of the files a write may change, {@code except} one (being rewritten). */
    private long writtenBytes(String except) {
        long total = 0;
        for (Map.Entry<String, ByteArrayOutputStream> log : logs.entrySet()) {
            if (!log.getKey().equals(except) && mayWrite(log.getKey())) {
                total += log.getValue().size();
            }
        }
        return total;
    }

    private long writtenFiles() {
        return logs.keySet().stream().filter(this::mayWrite).count();
    }

    @Override
    public synchronized void awaitChange(String given, long knownSize, Duration timeout) throws InterruptedException {
        String path = realPath(given);
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

    /**
     * Makes this file system hold exactly what {@code planted} holds (a lab reset: files written since are gone,
     * the generated ones read the state again). Its readers keep this instance; {@code planted} must not be used after.
     */
    public void restore(MapFileSystem planted) {
        synchronized (planted) {
            synchronized (this) {
                copyInto(files, planted.files);
                copyInto(logs, planted.logs);
                copyInto(directories, planted.directories);
                copyInto(links, planted.links);
                copyInto(executables, planted.executables);
                copyInto(modifiedTimes, planted.modifiedTimes);
                copyInto(sockets, planted.sockets);
                copyInto(modified, planted.modified);
                writable = planted.writable;
                notifyAll(); // a tail -f sees its file change
            }
        }
    }

    /** Makes {@code mine} hold exactly what {@code planted} holds; the field stays the same instance. */
    private static <K, V> void copyInto(Map<K, V> mine, Map<K, V> planted) {
        mine.clear();
        mine.putAll(planted);
    }

    private static <T> void copyInto(Collection<T> mine, Collection<T> planted) {
        mine.clear();
        mine.addAll(planted);
    }

    private void checkParentIsDirectory(String path) throws SimFileException {
        String parent = SimPaths.parent(path);
        if (files.containsKey(parent)) {
            throw new SimFileException(SimFileException.Reason.NOT_A_DIRECTORY);
        }
    }
}
