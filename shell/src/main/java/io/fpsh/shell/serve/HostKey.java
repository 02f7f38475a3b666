package io.fpsh.shell.serve;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Iterator;

/** The server's ed25519 host key: made on the first start, then kept in {@code <home>/serve/}, readable by the owner only. */
final class HostKey {
    static final String FILE_NAME = "ssh_host_ed25519_key";

    private HostKey() {}

    static SimpleGeneratorHostKeyProvider load(Path home) throws ServeException {
        Path folder = home.resolve("serve");
        Path file = folder.resolve(FILE_NAME);
        try {
            // The folder is owner-only before the key is written, so no one else can read it even for an instant.
            Files.createDirectories(folder);
            ownerOnly(folder, "rwx------");
            SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
            provider.setAlgorithm("EdDSA");
            provider.setKeySize(256); // without it EdDSA generation fails, and only a log line says so
            Iterator<KeyPair> keys = provider.loadKeys(null).iterator();
            if (!keys.hasNext()) {
                throw new ServeException("cannot create or read the host key " + file);
            }
            ownerOnly(file, "rw-------");
            return provider;
        } catch (IOException | RuntimeException e) {
            throw new ServeException("cannot create or read the host key " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /** The key's fingerprint as ssh-keygen -l shows it, e.g. {@code SHA256:...}. */
    static String fingerprint(SimpleGeneratorHostKeyProvider provider) {
        try {
            return KeyUtils.getFingerPrint(provider.loadKeys(null).iterator().next().getPublic());
        } catch (RuntimeException e) {
            return "(unknown)";
        }
    }

    /** The public key as OpenSSH writes it in known_hosts and authorized_keys: {@code ssh-ed25519 AAAA...}. */
    static String publicKeyText(SimpleGeneratorHostKeyProvider provider) throws ServeException {
        try {
            return org.apache.sshd.common.config.keys.PublicKeyEntry.toString(
                    provider.loadKeys(null).iterator().next().getPublic());
        } catch (RuntimeException e) {
            throw new ServeException("cannot read the host key: " + e.getClass().getSimpleName());
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile folder is private already
        }
    }
}
