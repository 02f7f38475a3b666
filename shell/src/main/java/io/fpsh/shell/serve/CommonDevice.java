package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.sim.run.SimulatedFtd;

import java.util.concurrent.locks.ReentrantLock;

/** One device that several SSH sessions use, a command at a time in arrival order (--shared, a fleet's member). */
final class CommonDevice implements AutoCloseable {
    private final Device device;
    private final ReentrantLock turn = new ReentrantLock(true);

    CommonDevice(Device device) {
        this.device = device;
    }

    /**
     * A session's view: its own login on the device (its own mode, clish history and sudo ticket, as on a real box);
     * closing it ends the session, not the device.
     */
    Device view() {
        return new SharedDevice(device instanceof SimulatedFtd ftd ? ftd.openSession() : device, turn);
    }

    @Override
    public void close() {
        device.close();
    }
}
