package io.fpsh.lab;

import io.fpsh.FpshHome;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Parsed labs kept on disk, keyed by a hash of the YAML text: reading YAML with Jackson costs ~0.6 s of a cold
 * start, reading the cached records a few milliseconds. Any failure (missing, stale, unreadable, not writable)
 * falls back to parsing; the cache never changes what a lab means.
 */
public final class LabCache {
    /** Only lab records and the JDK types they hold (Object for the arrays inside lists) may be read back. */
    private static final ObjectInputFilter ONLY_LAB_RECORDS = ObjectInputFilter.Config.createFilter(
            "io.fpsh.lab.LabFile;io.fpsh.lab.LabFile$*;java.time.Instant;java.time.Ser;java.util.ArrayList;"
                    + "java.util.ImmutableCollections$*;java.util.Collections$*;java.lang.Integer;java.lang.Number;"
                    + "java.lang.String;java.lang.Object;maxdepth=20;maxrefs=100000;maxbytes=4000000;!*");

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
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            in.setObjectInputFilter(ONLY_LAB_RECORDS);
            return Optional.of((LabFile) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException | SecurityException e) {
            return Optional.empty();
        }
    }

    public void put(byte[] yaml, LabFile lab) {
        try {
            Files.createDirectories(directory);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(lab);
            }
            Path temp = Files.createTempFile(directory, "lab", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, bytes.toByteArray());
            Files.move(temp, directory.resolve(key(yaml)), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // a read-only home just means parsing every time
        }
    }

    static String key(byte[] yaml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(yaml);
            return HexFormat.of().formatHex(digest) + ".v1.ser";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
