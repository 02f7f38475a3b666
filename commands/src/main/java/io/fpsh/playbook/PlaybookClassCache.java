package io.fpsh.playbook;

import io.fpsh.FpshHome;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Users' playbook files compiled once, kept on disk as bytecode: compiling type-checked Groovy costs about a second
 * of a run, defining the kept classes a few milliseconds. The same approach as the labs' cache
 * ({@link io.fpsh.lab.LabCache}): an entry holds the source it was compiled from, its file name (the script's class
 * name and the name in its stack frames) and the build that compiled it, and counts only when all three are exactly
 * those asked for; its file name is a CRC-32C of them, a cheap way to find it. Any failure (missing, stale, damaged,
 * not writable) is a miss and means compiling again; the cache never changes what a playbook does.
 */
public final class PlaybookClassCache {
    private static final byte[] MAGIC = "fpsh-playbook-1\n".getBytes(StandardCharsets.US_ASCII);

    private final Path directory;

    public PlaybookClassCache(Path directory) {
        this.directory = directory;
    }

    /** The cache under {@code $FPSH_HOME/cache/playbooks}, or {@code ~/.fpsh/cache/playbooks}. */
    public static PlaybookClassCache standard() {
        return new PlaybookClassCache(FpshHome.directory().resolve("cache").resolve("playbooks"));
    }

    public Path directory() {
        return directory;
    }

    /** The classes compiled from {@code source} named {@code fileName} by build {@code build}, if kept. */
    public Optional<CompiledPlaybook> get(String build, String fileName, byte[] source) {
        byte[] identity = identity(build, fileName, source);
        try {
            byte[] entry = Files.readAllBytes(directory.resolve(key(identity)));
            int body = entry.length - Long.BYTES;
            if (body < 0 || crc(entry, body) != ByteBuffer.wrap(entry, body, Long.BYTES).getLong()) {
                return Optional.empty(); // damaged on disk
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry, 0, body));
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) || !Arrays.equals(bytes(in), identity)) {
                return Optional.empty(); // another format, or another source, name or build with the same CRC
            }
            String scriptClass = in.readUTF();
            int count = in.readInt();
            List<CompiledPlaybook.ClassBytes> classes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                classes.add(new CompiledPlaybook.ClassBytes(in.readUTF(), bytes(in)));
            }
            return Optional.of(new CompiledPlaybook(scriptClass, classes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void put(String build, String fileName, byte[] source, CompiledPlaybook compiled) {
        byte[] identity = identity(build, fileName, source);
        try {
            Files.createDirectories(directory);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.write(MAGIC);
                writeBytes(out, identity);
                out.writeUTF(compiled.scriptClass());
                out.writeInt(compiled.classes().size());
                for (CompiledPlaybook.ClassBytes type : compiled.classes()) {
                    out.writeUTF(type.name());
                    writeBytes(out, type.bytes());
                }
                out.writeLong(crc(bytes.toByteArray(), bytes.size()));
            }
            Path temp = Files.createTempFile(directory, "playbook", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, bytes.toByteArray());
            Files.move(temp, directory.resolve(key(identity)), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException | SecurityException | IllegalArgumentException e) {
            // a read-only home just means compiling every time
        }
    }

    /** What an entry must match: the build, the file name and the source, in one unambiguous byte string. */
    private static byte[] identity(String build, String fileName, byte[] source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(build);
            out.writeUTF(fileName);
            writeBytes(out, source);
        } catch (IOException e) {
            throw new IllegalStateException(e); // writing to memory
        }
        return bytes.toByteArray();
    }

    static String key(byte[] identity) {
        return Long.toHexString(crc(identity, identity.length)) + "-" + identity.length + ".v1.bin";
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("damaged entry");
        }
        return in.readNBytes(length);
    }

    private static long crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
