package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;

import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * One SSH session's view of the device that all sessions share under {@code --shared}: commands run one at a time,
 * {@code exit} or {@code logout} at the clish ends only this session, and Ctrl-C cancels only this session's command.
 * On a lab the view is its own login on the device ({@link CommonDevice#view()}): mode, history and sudo ticket are
 * the session's, the configuration the device's.
 */
final class SharedDevice implements Device {
    private final Device device;
    private final Lock turn;
    private volatile boolean open = true;
    private volatile boolean running;

    SharedDevice(Device device, Lock turn) {
        this.device = device;
        this.turn = turn;
    }

    @Override
    public int run(String line, DeviceIo io) {
        if (device.mode() == Mode.CLISH && (line.strip().equals("exit") || line.strip().equals("logout"))) {
            open = false; // the shared device stays open for the other sessions
            return 0;
        }
        turn.lock();
        try {
            running = true;
            return device.run(line, io);
        } finally {
            running = false;
            turn.unlock();
        }
    }

    @Override
    public void cancel() {
        if (running) {
            device.cancel();
        }
    }

    /**
     * File names for TAB in the Linux shell, read between other sessions' commands: while one runs (a tail -f, a
     * password dialog) TAB offers no names rather than waiting for it.
     */
    @Override
    public List<String> listFiles(String directory) {
        if (!turn.tryLock()) {
            return List.of();
        }
        try {
            return device.listFiles(directory);
        } finally {
            turn.unlock();
        }
    }

    @Override public String banner() { return device.banner(); }

    @Override public Mode mode() { return device.mode(); }

    @Override public String prompt() { return device.prompt(); }

    @Override public boolean isOpen() { return open && device.isOpen(); }

    @Override public String targetName() { return device.targetName(); }

    @Override public String softwareVersion() { return device.softwareVersion(); }

    @Override public java.util.Map<String, String> siteParams() { return device.siteParams(); }

    /** The device's features; a lab's reset waits its turn, as a command does, so it never lands inside another's. */
    @Override
    public <T> java.util.Optional<T> feature(Class<T> kind) {
        java.util.Optional<T> inner = device.feature(kind);
        if (kind != io.fpsh.teach.PlantedLab.class || inner.isEmpty()) {
            return inner;
        }
        io.fpsh.teach.PlantedLab lab = (io.fpsh.teach.PlantedLab) inner.get();
        return java.util.Optional.of(kind.cast(new io.fpsh.teach.PlantedLab() {
            @Override public io.fpsh.lab.LabFile lab() { return lab.lab(); }

            @Override public io.fpsh.probe.ModelAnswers model() { return lab.model(); }

            @Override
            public void resetToPlanted() {
                turn.lock();
                try {
                    lab.resetToPlanted();
                } finally {
                    turn.unlock();
                }
            }
        }));
    }

    /** Ends this session only; the server closes the shared device when it stops. */
    @Override
    public void close() {
        open = false;
    }
}
