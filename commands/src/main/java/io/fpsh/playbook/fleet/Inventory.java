package io.fpsh.playbook.fleet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The devices of an inventory file, in the order written, and its group names (for {@code --limit}). */
public record Inventory(String file, List<InventoryHost> hosts, Set<String> groups) {

    public Inventory {
        hosts = List.copyOf(hosts);
        groups = Set.copyOf(groups);
    }

    /**
     * The hosts named by {@code limit}: host or group names separated by commas, as Ansible's {@code --limit}
     * takes them; null or blank: all. A name that is neither is an error, not an empty run.
     */
    public List<InventoryHost> limit(String limit) throws InventoryException {
        if (limit == null || limit.isBlank()) {
            return hosts;
        }
        Set<InventoryHost> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : limit.split(",")) {
            String wanted = name.strip();
            List<InventoryHost> matched = hosts.stream()
                    .filter(h -> h.name().equals(wanted) || h.groups().contains(wanted)).toList();
            if (matched.isEmpty() && !groups.contains(wanted)) {
                unknown.add(wanted);
            }
            chosen.addAll(matched);
        }
        if (!unknown.isEmpty()) {
            throw new InventoryException("--limit " + Shown.key(String.join(",", unknown)) + ": no host or group of that"
                    + " name in " + file);
        }
        if (chosen.isEmpty()) {
            throw new InventoryException("--limit " + Shown.key(limit) + ": no host in " + file + " is in it");
        }
        return hosts.stream().filter(chosen::contains).toList();
    }
}
