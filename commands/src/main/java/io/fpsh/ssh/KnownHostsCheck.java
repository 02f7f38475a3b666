package io.fpsh.ssh;

import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.List;

/**
 * Verifies the server's host key against an OpenSSH known_hosts file (SSHJ reads plain and hashed entries) and, when
 * it refuses, keeps the message OpenSSH would print, so the connector can show it instead of SSHJ's exception.
 */
final class KnownHostsCheck extends OpenSSHKnownHosts {
    private final Path file;
    private final UnknownHostKeys unknownHostKeys;
    private String refusal;

    KnownHostsCheck(Path file, UnknownHostKeys unknownHostKeys) throws IOException {
        super(file.toFile(), SshjLogging.FACTORY);
        this.file = file;
        this.unknownHostKeys = unknownHostKeys;
    }

    /** Why the key was refused, for the user; null when it was not. */
    String refusal() {
        return refusal;
    }

    @Override
    protected boolean hostKeyUnverifiableAction(String host, PublicKey key) {
        String type = HostKeyNames.typeName(KeyType.fromKey(key));
        String fingerprint = HostKeyNames.fingerprint(key);
        UnknownHostKeys.Decision decision = unknownHostKeys.decide(host, type, fingerprint);
        if (decision == UnknownHostKeys.Decision.ACCEPT_AND_SAVE) {
            try {
                append(HostKeyNames.knownHostsLine(host, key));
            } catch (IOException e) {
                refusal = "cannot add the host key of " + host + " to " + file + ": " + e.getMessage();
                return false;
            }
            return true;
        }
        if (decision == UnknownHostKeys.Decision.ACCEPT_ONCE) {
            return true;
        }
        refusal = "No " + type + " host key is known for " + host + " (" + fingerprint + ") in " + file
                + ": refusing to connect; check the fingerprint on the device, then add its key";
        return false;
    }

    @Override
    protected boolean hostKeyChangedAction(String host, PublicKey key) {
        // No call to super: SSHJ would log a warning of its own besides this message.
        String type = HostKeyNames.typeName(KeyType.fromKey(key));
        refusal = String.join("\n",
                "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@",
                "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @",
                "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@",
                "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!",
                "Someone could be eavesdropping on you right now (man-in-the-middle attack)!",
                "It is also possible that a host key has just been changed.",
                "The fingerprint for the " + type + " key sent by the remote host is",
                HostKeyNames.fingerprint(key) + ".",
                "Please contact your system administrator.",
                "Add correct host key in " + file + " to get rid of this message.",
                "Offending " + type + " key in " + file + ":" + offendingLine(KeyType.fromKey(key), host),
                "  remove with:",
                "  ssh-keygen -f \"" + file + "\" -R \"" + host + "\"",
                "Host key for " + host + " has changed and you have requested strict checking.",
                "Host key verification failed.");
        return false;
    }

    /** The 1-based line of the first entry for this host and key type, as OpenSSH reports it. */
    private int offendingLine(KeyType type, String host) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            EntryFactory parser = new EntryFactory();
            for (int i = 0; i < lines.size(); i++) {
                try {
                    KnownHostEntry entry = parser.parseEntry(lines.get(i));
                    if (entry != null && entry.appliesTo(type, host)) {
                        return i + 1;
                    }
                } catch (IOException | RuntimeException e) {
                    // a line SSHJ cannot read: not the one that matched
                }
            }
        } catch (IOException e) {
            // the file was readable a moment ago; the line number is only a hint
        }
        return 0;
    }

    /** Appends a line, starting a new line first if the file does not end with one. */
    private void append(String line) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean needsNewline = Files.exists(file) && Files.size(file) > 0 && !endsWithNewline();
        Files.writeString(file, (needsNewline ? "\n" : "") + line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private boolean endsWithNewline() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes[bytes.length - 1] == '\n';
    }
}
