package io.fpsh.ssh;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets named {@code ssh://user@host[:port]}, with OpenSSH's defaults: {@code ~/.ssh/known_hosts} (unknown keys
 * refused), the usual {@code ~/.ssh/id_*} keys when present, then the password.
 */
public final class SshTargets {
    private static final Pattern SPEC = Pattern.compile("ssh://([^@/\\s]+)@(\\[[^\\]]+\\]|[^:/\\s\\[\\]]+)(?::(\\d{1,5}))?/?");

    private SshTargets() {}

    /**
     * Connects now, asking the password through {@code password} if the keys do not do; for front ends that can
     * ask before the first command (the REPL, {@code fpsh -c}).
     */
    public static SshFtd open(String spec, PasswordPrompt password) throws TargetException {
        return SshFtd.connect(options(spec, password));
    }

    /**
     * A device that connects at its first {@link Device#run}, asking the password through that run's
     * {@link io.fpsh.device.DeviceIo#readPassword}: what {@code Targets.open} gives, as it has no terminal of its
     * own to ask with. The banner is known only after that first command.
     */
    public static Device deferred(String spec) throws TargetException {
        options(spec, prompt -> null); // a malformed spec fails now, not at the first command
        return new DeferredSshFtd(spec);
    }

    /** The options for {@code spec} with OpenSSH's default files. */
    public static SshOptions options(String spec, PasswordPrompt password) throws TargetException {
        Matcher parts = SPEC.matcher(spec);
        if (!parts.matches()) {
            throw new TargetException("target '" + spec + "': expected ssh://user@host[:port]");
        }
        String host = parts.group(2).replaceAll("^\\[|\\]$", "");
        int port = parts.group(3) == null ? 22 : Integer.parseInt(parts.group(3));
        if (port < 1 || port > 65535) {
            throw new TargetException("target '" + spec + "': port " + port + " is not between 1 and 65535");
        }
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        List<Path> keys = List.of(ssh.resolve("id_ed25519"), ssh.resolve("id_ecdsa"), ssh.resolve("id_rsa")).stream()
                .filter(Files::isReadable).toList();
        return SshOptions.of(host, port, parts.group(1), password, ssh.resolve("known_hosts")).withKeyFiles(keys);
    }
}
