package io.fpsh.ssh;

import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/** Host keys named the way OpenSSH names them in its messages: {@code ED25519}, {@code SHA256:...}. */
final class HostKeyNames {
    private HostKeyNames() {}

    /** OpenSSH's short type name: ED25519, RSA, ECDSA, DSA. */
    static String typeName(KeyType type) {
        String name = type.toString();
        if (name.contains("ed25519")) {
            return "ED25519";
        }
        if (name.startsWith("ecdsa")) {
            return "ECDSA";
        }
        if (name.contains("rsa")) {
            return "RSA";
        }
        if (name.contains("dss")) {
            return "DSA";
        }
        return name.toUpperCase();
    }

    /** {@code SHA256:} and the unpadded base64 of the key blob's SHA-256, as ssh-keygen -l prints it. */
    static String fingerprint(PublicKey key) {
        byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The line OpenSSH would add to known_hosts for this key. */
    static String knownHostsLine(String host, PublicKey key) {
        byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
        return host + " " + KeyType.fromKey(key) + " " + Base64.getEncoder().encodeToString(blob);
    }
}
