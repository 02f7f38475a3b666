package io.fpsh.playbook.fleet;

import java.util.List;
import java.util.Map;

/**
 * One device of an inventory, its settings inherited (host, then its groups in order, then defaults).
 *
 * @param name    the inventory's name for it (unique); reports call the device by it
 * @param address {@code lab:NAME|FILE}, or the SSH host (name or address) for every other
 * @param port    the SSH port (22 unless told); 0 for a lab
 * @param user    the SSH login name; null for a lab
 * @param groups  every group it belongs to, parents of its groups included
 * @param data    the site's parameters the playbooks read ({@code site-dns}, {@code site-proxy}...)
 * @param line    where it is written in the inventory
 */
public record InventoryHost(String name, String address, int port, String user, List<String> groups, SshAccess access,
                            Map<String, String> data, int line) {

    public InventoryHost {
        groups = List.copyOf(groups);
        data = Map.copyOf(data);
    }

    public boolean isLab() {
        return address.startsWith("lab:");
    }

    /** As fpsh names targets: {@code lab:NAME} or {@code ssh://user@host:port}. */
    public String target() {
        if (isLab()) {
            return address;
        }
        String host = address.contains(":") ? "[" + address + "]" : address;
        return "ssh://" + user + "@" + host + (port == 22 ? "" : ":" + port);
    }
}
