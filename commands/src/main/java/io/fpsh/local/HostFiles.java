package io.fpsh.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The few system files of the operator's machine fpsh reads, afresh at each command so that an edit of
 * resolv.conf takes effect at once. {@code root} is "/" except in tests.
 */
public final class HostFiles {

    static final String RESOLV_CONF = "/etc/resolv.conf";
    static final String HOSTS = "/etc/hosts";
    /** curl's default CAfile on Debian. */
    static final String CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

    private final Path root;

    public HostFiles(Path root) {
        this.root = root;
    }

    public static HostFiles system() {
        return new HostFiles(Path.of("/"));
    }

    /** The bytes of a system file given by its absolute path, empty when it is missing or unreadable. */
    Optional<byte[]> read(String absolutePath) {
        try {
            return Optional.of(Files.readAllBytes(root.resolve(absolutePath.substring(1))));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    String text(String absolutePath) {
        return read(absolutePath).map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).orElse("");
    }
}
