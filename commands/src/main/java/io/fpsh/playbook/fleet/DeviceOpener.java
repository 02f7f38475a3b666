package io.fpsh.playbook.fleet;

import io.fpsh.device.TargetException;

/** Connects to one host of an inventory; the message of a failure (one line) is the device's UNREACHABLE reason. */
@FunctionalInterface
public interface DeviceOpener {
    OpenedDevice open(InventoryHost host) throws TargetException;
}
