package io.fpsh.ftd;

import java.util.List;

/**
 * What {@code show managers} reports: the managers in the device's order; one {@link ManagerInfo#managedLocally()}
 * entry for an FDM-managed device, none when no manager is configured.
 */
public record Managers(List<ManagerInfo> managers) {
    public Managers {
        managers = List.copyOf(managers);
    }
}
