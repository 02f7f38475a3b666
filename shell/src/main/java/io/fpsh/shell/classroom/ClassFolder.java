package io.fpsh.shell.classroom;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A class folder ({@code --dir}): {@code class.json} (the lab, its objectives, the roster), {@code server.json}
 * while a server writes into it, and per student {@code students/NAME/progress.jsonl} and
 * {@code students/NAME/sessions/N.cast} (each session's asciicast). Folders are the owner's only: the recordings
 * show what students typed.
 */
public final class ClassFolder {
    public static final String CLASS_FILE = "class.json";
    public static final String SERVER_FILE = "server.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;

    private ClassFolder(Path dir) {
        this.dir = dir;
    }

    /** The folder a server writes into, made if missing (owner-only). */
    public static ClassFolder create(Path dir) throws ClassroomException {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new ClassroomException("--dir " + dir + ": not a folder");
            }
            makeDirectory(dir);
            if (!Files.isWritable(dir)) {
                throw new ClassroomException("--dir " + dir + ": not writable");
            }
            makeDirectory(dir.resolve("students"));
        } catch (IOException e) {
            throw new ClassroomException("--dir " + dir + ": cannot make the folder (" + e.getClass().getSimpleName() + ")");
        }
        return new ClassFolder(dir);
    }

    /** A folder a classroom server wrote, for status and report. */
    public static ClassFolder existing(Path dir) throws ClassroomException {
        if (!Files.exists(dir)) {
            throw new ClassroomException(dir + ": no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new ClassroomException(dir + ": not a folder");
        }
        if (!Files.isRegularFile(dir.resolve(CLASS_FILE))) {
            throw new ClassroomException(dir + ": not a class folder (no " + CLASS_FILE
                    + "; fpsh serve --classroom ROSTER --dir " + dir + " makes one)");
        }
        return new ClassFolder(dir);
    }

    public Path path() {
        return dir;
    }

    public void writeClass(ClassInfo info) throws ClassroomException {
        try {
            writeAtomically(dir.resolve(CLASS_FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(info) + "\n");
        } catch (IOException e) {
            throw new ClassroomException("cannot write " + dir.resolve(CLASS_FILE) + ": " + e.getClass().getSimpleName());
        }
    }

    public ClassInfo readClass() throws ClassroomException {
        Path file = dir.resolve(CLASS_FILE);
        try {
            ClassInfo info = JSON.readValue(file.toFile(), ClassInfo.class);
            if (info.lab() == null) {
                throw new ClassroomException(file + ": not a class file (no lab)");
            }
            return info;
        } catch (IOException | RuntimeException e) {
            throw new ClassroomException(file + ": not a class file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Records the server writing here now; {@link #serverStopped()} removes it. */
    public void serverStarted(int port) {
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().orElse(Instant.now()).toString();
        try {
            writeAtomically(dir.resolve(SERVER_FILE), JSON.writeValueAsString(new ServerInfo(self.pid(), started, port)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void serverStopped() {
        try {
            Files.deleteIfExists(dir.resolve(SERVER_FILE));
        } catch (IOException e) {
            // status then finds a server that is not running: the same answer
        }
    }

    /** The server writing here now, if one runs. */
    public Optional<ServerInfo> runningServer() {
        try {
            return Optional.of(JSON.readValue(dir.resolve(SERVER_FILE).toFile(), ServerInfo.class))
                    .filter(ServerInfo::running);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public Path studentFolder(String student) {
        return dir.resolve("students").resolve(student);
    }

    /** The student's log, its folders made (owner-only). */
    public StudentLog log(String student) {
        try {
            makeDirectory(studentFolder(student));
            makeDirectory(studentFolder(student).resolve("sessions"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StudentLog(studentFolder(student).resolve("progress.jsonl"));
    }

    /** Where session {@code number} of {@code student} is recorded. */
    public Path recording(String student, int number) {
        return studentFolder(student).resolve("sessions").resolve(number + ".cast");
    }

    /** Every student of the roster, in its order, then any other with a log (a student taken off the roster). */
    public List<StudentProgress> progress(ClassInfo info) {
        List<String> names = new ArrayList<>(info.students());
        try (var listing = Files.list(dir.resolve("students"))) {
            listing.map(p -> p.getFileName().toString()).sorted().filter(n -> !names.contains(n)).forEach(names::add);
        } catch (NoSuchFileException e) {
            // no student logged in yet
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<StudentProgress> all = new ArrayList<>();
        for (String name : names) {
            all.add(StudentProgress.of(name, StudentLog.read(studentFolder(name).resolve("progress.jsonl"))));
        }
        return all;
    }

    private static void makeDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            Files.createDirectories(path);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its own rules apply
            }
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
