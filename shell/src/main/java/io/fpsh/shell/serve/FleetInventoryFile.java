package io.fpsh.shell.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code fpsh serve --fleet N --write-inventory FILE}: an inventory of the served fleet for {@code fpsh run
 * --inventory FILE}, one host per device named as the login chooses it (ftd0001...), in a group named after its lab,
 * and beside it {@code FILE.known_hosts} trusting this server's host key. The password is not written: the inventory
 * names the environment variable {@link #PASSWORD_ENV} to hold it, as any inventory must.
 */
public final class FleetInventoryFile {
    public static final String PASSWORD_ENV = "FPSH_FLEET_PASSWORD";

    private FleetInventoryFile() {}

    /**
     * @param labNames the lab of each device in turn (ftd0001 the first)
     * @param account  the login account, the device's name added to it ({@code admin%ftd0001})
     */
    public static void write(Path file, FtdSshServer server, String host, int size, List<String> labNames,
                             String account) throws IOException {
        Path knownHosts = file.resolveSibling(file.getFileName() + ".known_hosts");
        Files.writeString(knownHosts, server.knownHostsLine(host) + "\n", StandardCharsets.UTF_8);
        StringBuilder yaml = new StringBuilder();
        yaml.append("# fpsh serve --fleet ").append(size).append(" on ").append(host).append(" port ")
                .append(server.port()).append(": ").append(String.join(", ", labNames)).append(" in turn.\n");
        yaml.append("# The login is the labs' account: export ").append(PASSWORD_ENV)
                .append(" with its password before fpsh run --inventory.\n");
        yaml.append("defaults:\n");
        yaml.append("  address: ssh://").append(host.contains(":") ? "[" + host + "]" : host).append(':')
                .append(server.port()).append('\n');
        yaml.append("  password-env: ").append(PASSWORD_ENV).append('\n');
        yaml.append("  ssh-agent: false\n");
        yaml.append("  known-hosts: ").append(knownHosts.getFileName()).append('\n');
        yaml.append("groups:\n");
        Set<String> groups = new LinkedHashSet<>(labNames);
        groups.forEach(g -> yaml.append("  ").append(g).append(": {}\n"));
        yaml.append("hosts:\n");
        for (int n = 1; n <= size; n++) {
            String name = FleetNames.hostname(n);
            yaml.append("  ").append(name).append(": {user: '").append(account).append('%').append(name)
                    .append("', groups: [").append(labNames.get(FleetDevices.labIndex(n, labNames.size())))
                    .append("]}\n");
        }
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }
}
