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

    /**
     * {@code read} between the sessions' commands, never inside one (a classroom's check of the objectives); empty
     * when a command holds the device longer than a moment (a {@code tail -f}): the next check will read it.
     */
    <T> java.util.Optional<T> readBetweenCommands(java.util.function.Supplier<T> read) {
        try {
            if (!turn.tryLock(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return java.util.Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(read.get());
        } finally {
            turn.unlock();
        }
    }

    @Override
    public void close() {
        device.close();
    }
}
