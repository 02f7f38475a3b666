package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.shell.CommandSplitter;

/**
 * {@code ssh admin@host 'show network'}: runs the {@code ;}-separated commands as {@code fpsh -c} does, printing
 * only their output, and returns the last one's exit status.
 */
final class ExecChannel extends DeviceChannel {
    private final String commands;

    ExecChannel(DeviceSource devices, String commands, ServeLimits limits) {
        super(devices, limits);
        this.commands = commands;
    }

    /** {@code ssh host 'expert; sudo CMD'} without -t: sudo refuses for want of a terminal, as the real one does. */
    @Override
    protected boolean asksPasswordsWithoutTerminal() {
        return false;
    }

    @Override
    protected int session(Device device) {
        int status = 0;
        for (String line : CommandSplitter.split(commands)) {
            if (!device.isOpen()) {
                break;
            }
            status = runLine(device, line, io());
        }
        return status;
    }
}
