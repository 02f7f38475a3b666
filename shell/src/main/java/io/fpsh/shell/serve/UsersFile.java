package io.fpsh.shell.serve;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.session.ServerSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --users} file: one account a line, {@code user:$pbkdf2-sha256$...} (a hash made by
 * {@code fpsh serve --hash-password}) or {@code user:ssh-ed25519 AAAA... comment} (an authorized key); a user may
 * have several lines. Blank lines and lines starting with '#' are skipped. Plain-text passwords are refused.
 */
final class UsersFile implements Logins {
    private final Map<String, List<PasswordHash>> passwords = new HashMap<>();
    private final Map<String, List<PublicKey>> keys = new HashMap<>();

    private UsersFile() {}

    static UsersFile read(Path file) throws ServeException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServeException("cannot read the users file " + file + ": " + e.getClass().getSimpleName());
        }
        UsersFile users = new UsersFile();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                users.add(line);
            } catch (IllegalArgumentException e) {
                // The line itself is never shown: it could hold a password typed by mistake.
                throw new ServeException(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (users.passwords.isEmpty() && users.keys.isEmpty()) {
            throw new ServeException(file + " lists no user");
        }
        return users;
    }

    // --- classroom roster (issue 12 §6) ---
    /** Checks one line as {@link #read} does: null when it is good, else why (never the line: it may hold a secret). */
    static String problem(String line) {
        try {
            new UsersFile().add(line);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
    // --- end classroom roster ---

    private void add(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected user:$pbkdf2-sha256$... or user:ssh-ed25519 AAAA...");
        }
        String user = line.substring(0, colon);
        String credential = line.substring(colon + 1).strip();
        if (credential.startsWith(PasswordHash.PREFIX)) {
            passwords.computeIfAbsent(user, u -> new ArrayList<>()).add(PasswordHash.parse(credential));
        } else if (credential.startsWith("ssh-") || credential.startsWith("ecdsa-")) {
            keys.computeIfAbsent(user, u -> new ArrayList<>()).add(publicKey(credential));
        } else {
            throw new IllegalArgumentException("neither a password hash nor a public key"
                    + " (plain-text passwords are not accepted: make a hash with fpsh serve --hash-password)");
        }
    }

    private static PublicKey publicKey(String authorizedKey) {
        try {
            PublicKey key = AuthorizedKeyEntry.parseAuthorizedKeyEntry(authorizedKey)
                    .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
            if (key == null) {
                throw new IllegalArgumentException("unsupported key type");
            }
            return key;
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable public key");
        }
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        return passwords.getOrDefault(user, List.of()).stream().anyMatch(hash -> hash.matches(password));
    }

    @Override
    public boolean authenticate(String user, PublicKey key, ServerSession session) {
        return keys.getOrDefault(user, List.of()).stream().anyMatch(known -> KeyUtils.compareKeys(known, key));
    }
}
