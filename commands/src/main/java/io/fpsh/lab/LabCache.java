package io.fpsh.lab;

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
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Parsed labs kept on disk (a lab with bases: the merged lab, for the texts of all its files, so an entry is a miss
 * as soon as any base changes): reading YAML with Jackson costs ~0.6 s of a cold start, reading the cached records a few
 * milliseconds ({@link LabRecordCodec}). An entry holds the YAML it was parsed from and counts only for exactly that
 * text; its file name is a CRC-32C of the text, a cheap way to find it (a cryptographic hash would load the security
 * providers, about 10 ms of every cold start, for a check the full comparison makes anyway). Any failure (missing, stale, unreadable, not
 * writable) falls back to parsing; the cache never changes what a lab means.
 */
public final class LabCache {
    /**
     * The first bytes of an entry: the format, so an entry of another version is a miss, never a misreading. Bump it
     * whenever a {@link LabFile} record gains, loses or retypes a component (4: plants and site; 5: hangs; 6: ntp and
     * management.staticRoutes; 7: a process's state; 8: labs merged over their bases, an entry's text being every file of
     * the chain; 9: teaching; 10: variables and seed, an entry's text ending with the seed; 11: fmc, sse and
     * smartAccount, the objectives walked and diagnosis, data interfaces; 12: logs, the earlier log lines).
     */
    private static final byte[] MAGIC = "fpsh-lab-12\n".getBytes(StandardCharsets.US_ASCII);

    private final Path directory;

    public LabCache(Path directory) {
        this.directory = directory;
    }

    /** The cache under {@code $FPSH_HOME/cache/labs}, or {@code ~/.fpsh/cache/labs}. */
    public static LabCache standard() {
        return new LabCache(FpshHome.directory().resolve("cache").resolve("labs"));
    }

    public Optional<LabFile> get(byte[] yaml) {
        Path file = directory.resolve(key(yaml));
        try {
            byte[] entry = Files.readAllBytes(file);
            int body = entry.length - Long.BYTES;
            if (body < 0 || crc(entry, body) != ByteBuffer.wrap(entry, body, Long.BYTES).getLong()) {
                return Optional.empty(); // damaged on disk
            }
            return read(new DataInputStream(new ByteArrayInputStream(entry, 0, body)), yaml);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LabFile> read(DataInputStream in, byte[] yaml) throws IOException {
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)
                || !(LabRecordCodec.read(in, byte[].class) instanceof byte[] parsedFrom)
                || !Arrays.equals(parsedFrom, yaml)) {
            return Optional.empty(); // another format, or another text with the same CRC
        }
        return Optional.of((LabFile) LabRecordCodec.read(in, LabFile.class));
    }

    public void put(byte[] yaml, LabFile lab) {
        try {
            Files.createDirectories(directory);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.write(MAGIC);
                LabRecordCodec.write(out, yaml, byte[].class);
                LabRecordCodec.write(out, lab, LabFile.class);
                out.writeLong(crc(bytes.toByteArray(), bytes.size()));
            }
            Path temp = Files.createTempFile(directory, "lab", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, bytes.toByteArray());
            Files.move(temp, directory.resolve(key(yaml)), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException | SecurityException | IllegalArgumentException e) {
            // a read-only home just means parsing every time
        }
    }

    static String key(byte[] yaml) {
        return Long.toHexString(crc(yaml, yaml.length)) + "-" + yaml.length + ".v6.bin";
    }

    private static long crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
