package io.fpsh.shell;

import io.fpsh.ssh.ChangePolicy;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ssh client options that {@code fpsh connect} and {@code fpsh probe} share (a picocli mixin): keys, known_hosts,
 * config, jump host.
 */
final class SshClientOptions {

    @Option(names = "-i", paramLabel = "KEY",
            description = "A private key to try (may be repeated), before the config's IdentityFile keys.")
    List<Path> keyFiles = new ArrayList<>();

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "Host keys to trust (default: ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = "-F", paramLabel = "FILE",
            description = "The ssh config file: Host, HostName, Port, User, IdentityFile... (default ~/.ssh/config)")
    Path configFile;

    @Option(names = "-J", paramLabel = "[USER@]HOST[:PORT]",
            description = "Connect through this jump host (as ssh -J; one hop), instead of the config's ProxyJump.")
    String jump;

    /** How to connect with these options; {@code changes} is what a guarded device does with changing commands. */
    SshConnect connect(ChangePolicy changes) {
        return new SshConnect(List.copyOf(keyFiles), knownHosts, configFile, changes, jump);
    }
}
