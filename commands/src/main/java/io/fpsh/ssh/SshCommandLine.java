package io.fpsh.ssh;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user gave for one connection, before the ssh config file and OpenSSH's defaults fill in the rest; as with
 * ssh, what is given here wins over the config file.
 *
 * @param user          null: the config's User, else the default user
 * @param host          the name as typed: Host patterns are matched against it, HostName may replace it
 * @param port          null: the config's Port, else 22
 * @param identityFiles {@code -i} files, tried before the config's IdentityFile ones
 * @param knownHosts    null: the config's UserKnownHostsFile, else {@code ~/.ssh/known_hosts}
 * @param configFile    {@code -F}: must exist; null: {@code ~/.ssh/config}, when there is one
 */
public record SshCommandLine(String user, String host, Integer port, List<Path> identityFiles, Path knownHosts,
                             Path configFile) {

    public SshCommandLine {
        identityFiles = List.copyOf(identityFiles);
    }

    /** Only a destination, everything else from the config file and the defaults. */
    public static SshCommandLine of(String user, String host, Integer port) {
        return new SshCommandLine(user, host, port, List.of(), null, null);
    }
}
