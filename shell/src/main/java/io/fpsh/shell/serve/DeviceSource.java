package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.target.Targets;

/** Gives each SSH session its device: a new copy of the lab, a view of the one shared device, or a fleet's member. */
interface DeviceSource extends AutoCloseable {

    /**
     * The device of a session that logged in as {@code login}; closing it never closes a device other sessions
     * share. The message of a failure is shown to the client.
     */
    Device open(String login) throws TargetException;

    /**
     * What watches the session {@code login} opens, the size of its terminal given; nothing but in a classroom
     * (issue 12 §6: recording and progress).
     */
    default SessionWatch watch(String login, int columns, int rows) {
        return SessionWatch.NONE;
    }

    /** Closes what the sessions shared; the server calls it when it stops. */
    @Override
    void close();

    static DeviceSource perSession(String labSpec) {
        return new DeviceSource() {
            @Override
            public Device open(String login) throws TargetException {
                return Targets.open(labSpec);
            }

            @Override
            public void close() {
                // every session closed its own copy
            }
        };
    }

    static DeviceSource shared(String labSpec) throws TargetException {
        CommonDevice device = new CommonDevice(Targets.open(labSpec));
        return new DeviceSource() {
            @Override
            public Device open(String login) {
                return device.view();
            }

            @Override
            public void close() {
                device.close();
            }
        };
    }
}
