package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;

/** The device a front end talks to, which {@code :target} may replace while the shell runs. */
final class Session implements AutoCloseable {
    private final DeviceOpener opener;
    private final SshConnect ssh;
    private volatile Device device;

    Session(DeviceOpener opener, Device device) {
        this(opener, device, SshConnect.defaults());
    }

    Session(DeviceOpener opener, Device device, SshConnect ssh) {
        this.opener = opener;
        this.device = device;
        this.ssh = ssh;
    }

    static Session open(DeviceOpener opener, String spec, SshConnect ssh) throws FpshException {
        return new Session(opener, openOrFail(opener, spec), ssh);
    }

    /** How {@code :connect} connects: the keys and known_hosts of {@code fpsh connect}, else OpenSSH's defaults. */
    SshConnect ssh() {
        return ssh;
    }

    Device device() {
        return device;
    }

    /** Opens {@code spec} and, only once that worked, closes the current device and keeps the new one. */
    void switchTarget(String spec) throws FpshException {
        switchTo(openOrFail(opener, spec));
    }

    /** Keeps {@code opened}, already connected by the caller, and closes the current device. */
    void switchTo(Device opened) {
        Device previous = device;
        device = opened;
        previous.close();
    }

    private static Device openOrFail(DeviceOpener opener, String spec) throws FpshException {
        try {
            return opener.open(spec);
        } catch (TargetException e) {
            throw FpshException.usage(e.getMessage());
        }
    }

    @Override
    public void close() {
        device.close();
    }
}
