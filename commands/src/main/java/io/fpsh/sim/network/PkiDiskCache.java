package io.fpsh.sim.network;

import io.fpsh.FpshHome;

import io.fpsh.net.server.CertificateSpec;
import io.fpsh.net.server.DistinguishedName;
import io.fpsh.net.server.LabPki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps generated lab PKIs on disk ({@code $FPSH_HOME/cache/pki/<key>.pem}, else {@code ~/.fpsh/...}): generating
 * costs an RSA key pair, hundreds of milliseconds on every cold start. The key hashes everything the certificates
 * are made from, so any change to the lab's PKI fields reads another file. The cache never makes things fail: an
 * unreadable, damaged or foreign file is ignored and a directory that cannot be written is simply not written.
 */
final class PkiDiskCache {
    /** Far above a real cache file (a few kilobytes per host): a bigger one is not ours. */
    private static final long MAX_FILE_BYTES = 1 << 20;
    /** Copies not used for this long are deleted when a new one is written. */
    static final Duration UNUSED_FOR = Duration.ofDays(30);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;

    PkiDiskCache(Path directory) {
        this.directory = directory;
    }

    /** The cache of this user: under $FPSH_HOME when set, else ~/.fpsh. */
    static PkiDiskCache forUser() {
        return new PkiDiskCache(FpshHome.directory().resolve("cache").resolve("pki"));
    }

    /** {@code <fpshHome>/cache/pki}, fpshHome being {@code $FPSH_HOME} when set, else {@code <userHome>/.fpsh}. */
    static Path directoryFor(String fpshHomeVariable, String userHome) {
        return FpshHome.resolve(fpshHomeVariable, userHome).resolve("cache").resolve("pki");
    }

    /** The file a PKI of these specs is kept in. */
    Path fileFor(List<CertificateSpec> specs) {
        return directory.resolve(key(specs) + ".pem");
    }

    /** The PKI of {@code specs}: restored from disk when a good copy is there, else generated and stored. */
    LabPki load(List<CertificateSpec> specs) {
        Path file = fileFor(specs);
        LabPki stored = read(specs, file);
        if (stored != null) {
            markUsed(file);
            return stored;
        }
        LabPki generated = LabPki.generate(specs);
        write(file, PkiCacheFile.write(specs, generated));
        pruneUnused();
        return generated;
    }

    // The modification time says when a file was last used, so pruning spares the labs in use.
    private static void markUsed(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            // a read-only cache still serves; it just cannot be pruned well
        }
    }

    /**
     * Deletes copies unused for {@link #UNUSED_FOR}: every edit of a lab's PKI fields leaves its old copy behind,
     * and labs whose dates follow the wall clock (tests) make a new one each day.
     */
    private void pruneUnused() {
        Instant cutoff = Instant.now().minus(UNUSED_FOR);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path old : files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}\\.pem")).toList()) {
                if (Files.getLastModifiedTime(old, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException | RuntimeException e) {
            // pruning is housekeeping: never a reason to fail
        }
    }

    private static LabPki read(List<CertificateSpec> specs, Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_FILE_BYTES || !ownerOnly(file)) {
                return null;
            }
            return PkiCacheFile.read(specs, Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return null; // damaged, stale or unreadable: generate instead
        }
    }

    // Private keys sit in the file: one that others could read or write was not written by us.
    private static boolean ownerOnly(Path file) throws IOException {
        try {
            return OWNER_FILE.containsAll(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException notPosix) {
            return true;
        }
    }

    // Written beside the target and moved into place, so a concurrent reader sees the old file or the whole new one.
    private void write(Path file, String text) {
        Path temporary = null;
        try {
            createOwnerOnlyDirectories();
            temporary = Files.createTempFile(directory, ".pki-", ".tmp", ownerOnly(OWNER_FILE));
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (IOException | RuntimeException e) {
            // not writable (read-only home, full disk, ...): the next start generates again
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    private void createOwnerOnlyDirectories() throws IOException {
        Files.createDirectories(directory, ownerOnly(OWNER_DIRECTORY));
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    /**
     * SHA-256 over every field of every spec and the issuing profile, each written with its length so that no two
     * different spec lists spell the same text.
     */
    static String key(List<CertificateSpec> specs) {
        StringBuilder text = new StringBuilder();
        field(text, "fpsh-lab-pki");
        field(text, String.valueOf(LabPki.ISSUING_PROFILE));
        for (CertificateSpec spec : specs) {
            field(text, spec.id());
            field(text, String.valueOf(spec.subject().attributes().size()));
            for (DistinguishedName.Attribute attribute : spec.subject().attributes()) {
                field(text, attribute.type());
                field(text, attribute.value());
            }
            field(text, String.valueOf(spec.issuerId()));
            field(text, String.valueOf(spec.ca()));
            fields(text, spec.dnsNames());
            fields(text, spec.ipAddresses());
            field(text, spec.notBefore().toString());
            field(text, spec.notAfter().toString());
            field(text, String.valueOf(spec.serial()));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void fields(StringBuilder text, List<String> values) {
        field(text, String.valueOf(values.size()));
        values.forEach(value -> field(text, value));
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append(';');
    }
}
