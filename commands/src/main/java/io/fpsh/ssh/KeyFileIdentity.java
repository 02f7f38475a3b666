package io.fpsh.ssh;

import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A private key file as a login tries it. An encrypted one asks {@code Enter passphrase for key 'FILE': } (three
 * tries, an empty answer skips the key, as ssh does) when its turn comes, on the caller's thread rather than SSHJ's
 * reader thread; unattended (no prompt), it is skipped, as {@code ssh -o BatchMode=yes} does. The passphrases
 * typed are blanked by {@link #forget()}.
 */
final class KeyFileIdentity implements KeyProvider {
    /** OpenSSH's NumberOfPasswordPrompts. */
    private static final int TRIES = 3;

    private final Path file;
    private final KeyProvider key;
    private final Passphrase passphrase;

    private KeyFileIdentity(Path file, KeyProvider key, Passphrase passphrase) {
        this.file = file;
        this.key = key;
        this.passphrase = passphrase;
    }

    /** @param prompt null: unattended, an encrypted key is skipped */
    static KeyFileIdentity load(SSHClient client, Path file, PasswordPrompt prompt) throws IOException {
        Passphrase passphrase = new Passphrase(file, prompt);
        return new KeyFileIdentity(file, client.loadKeys(file.toString(), passphrase), passphrase);
    }

    /** The public key blob of {@code FILE.pub}, or null when there is none to read: to know the agent has the key. */
    static byte[] publicBlob(Path file) {
        try {
            Path pub = file.resolveSibling(file.getFileName() + ".pub");
            String[] fields = Files.readString(pub, StandardCharsets.UTF_8).strip().split("\\s+");
            return fields.length < 2 ? null : Base64.getDecoder().decode(fields[1]);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Decrypts first, so the passphrase is asked here rather than on SSHJ's thread once the server took the key. */
    @Override
    public PublicKey getPublic() throws IOException {
        getPrivate();
        return key.getPublic();
    }

    @Override
    public PrivateKey getPrivate() throws IOException {
        try {
            return key.getPrivate();
        } catch (Skipped e) {
            throw new IOException("skipped the key " + file, e);
        }
    }

    @Override
    public KeyType getType() throws IOException {
        return KeyType.fromKey(getPublic());
    }

    void forget() {
        passphrase.forget();
    }

    @Override
    public String toString() {
        return "key file " + file;
    }

    /** Thrown out of SSHJ's key reader when there is no passphrase to give: the key is skipped. */
    private static final class Skipped extends RuntimeException {
        Skipped() {
            super(null, null, false, false);
        }
    }

    /** Asks the passphrase of one key file, up to three times; every answer is kept only to be blanked. */
    private static final class Passphrase implements PasswordFinder {
        private final Path file;
        private final PasswordPrompt prompt;
        private final List<char[]> typed = new ArrayList<>();

        Passphrase(Path file, PasswordPrompt prompt) {
            this.file = file;
            this.prompt = prompt;
        }

        @Override
        public synchronized char[] reqPassword(Resource<?> resource) {
            if (prompt == null) {
                throw new Skipped();
            }
            char[] answer = prompt.password("Enter passphrase for key '" + file + "': ");
            if (answer == null || answer.length == 0) {
                throw new Skipped();
            }
            typed.add(answer);
            return answer;
        }

        @Override
        public synchronized boolean shouldRetry(Resource<?> resource) {
            return prompt != null && typed.size() < TRIES;
        }

        synchronized void forget() {
            typed.forEach(answer -> Arrays.fill(answer, '\0'));
            typed.clear();
        }
    }
}
