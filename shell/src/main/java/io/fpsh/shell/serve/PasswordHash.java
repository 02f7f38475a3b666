package io.fpsh.shell.serve;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Salted password hashes for the {@code --users} file: {@code $pbkdf2-sha256$ITERATIONS$SALT$HASH}, salt and hash in
 * unpadded base64, so the text holds neither ':' nor spaces. PBKDF2WithHmacSHA256 ships with every JDK.
 */
public final class PasswordHash {
    public static final String PREFIX = "$pbkdf2-sha256$";
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** A new hash of {@code password} with a random salt, as text for the users file. */
    public static String create(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /** Reads a hash written by {@link #create}; the message says what is wrong, never the text itself. */
    static PasswordHash parse(String text) throws IllegalArgumentException {
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a " + PREFIX + " hash");
        }
        String[] fields = text.substring(PREFIX.length()).split("\\$", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("a hash has three fields after " + PREFIX + ": iterations, salt, hash");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(fields[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iteration count is not a number");
        }
        if (iterations < 10_000) {
            throw new IllegalArgumentException("fewer than 10000 iterations");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] salt = base64.decode(fields[1]);
        byte[] hash = base64.decode(fields[2]);
        if (salt.length < 8 || hash.length != HASH_BITS / 8) {
            throw new IllegalArgumentException("the salt or the hash has the wrong length");
        }
        return new PasswordHash(iterations, salt, hash);
    }

    boolean matches(String password) {
        char[] chars = password.toCharArray();
        try {
            return MessageDigest.isEqual(hash, derive(chars, salt, iterations));
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
