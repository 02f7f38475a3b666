package io.fpsh.playbook.fleet;

import io.fpsh.playbook.DeviceReport;

/** Told as a fleet's devices start and finish, from the fleet's worker threads (implementations are thread-safe). */
public interface FleetListener {

    default void started(InventoryHost host) {
    }

    /** {@code report}'s target is the host's inventory name. */
    void finished(InventoryHost host, DeviceReport report);

    FleetListener NONE = (host, report) -> { };
}
