package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.device.Targets;

import java.util.concurrent.locks.ReentrantLock;

/** Gives each SSH session its device: a new copy of the lab, or a view of the one shared device. */
final class DeviceSource implements AutoCloseable {
    private final String labSpec;
    private final Device shared;
    private final ReentrantLock sharedTurn = new ReentrantLock(true);

    private DeviceSource(String labSpec, Device shared) {
        this.labSpec = labSpec;
        this.shared = shared;
    }

    static DeviceSource perSession(String labSpec) {
        return new DeviceSource(labSpec, null);
    }

    static DeviceSource shared(String labSpec) throws TargetException {
        return new DeviceSource(labSpec, Targets.open(labSpec));
    }

    /** The session's device; closing it never closes the shared one. */
    Device open() throws TargetException {
        return shared == null ? Targets.open(labSpec) : new SharedDevice(shared, sharedTurn);
    }

    @Override
    public void close() {
        if (shared != null) {
            shared.close();
        }
    }
}
