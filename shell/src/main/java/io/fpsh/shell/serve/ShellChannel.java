package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.ModeGraph;

/**
 * {@code ssh admin@host}: the banner, then the device's prompt ({@code \r\n> } at the clish) and its commands until
 * {@code exit} at the clish or Ctrl-D on an empty line (in the Linux shell Ctrl-D is {@code exit}, as in bash).
 */
final class ShellChannel extends DeviceChannel {

    ShellChannel(DeviceSource devices) {
        super(devices);
    }

    @Override
    protected int session(Device device) throws InterruptedException {
        DeviceIo io = io();
        screen.print(device.banner());
        while (device.isOpen()) {
            screen.print(device.prompt());
            screen.flush();
            editor.detachKeys(ModeGraph.transition(device.mode(), "\u0001d").isPresent());
            LineEditor.Line line = editor.read(true);
            switch (line.ending()) {
                case INTERRUPT:
                    continue;
                case END_OF_INPUT:
                    if (!device.mode().isLinuxShell()) {
                        if (isTerminal()) {
                            screen.print("\n");
                        }
                        return 0;
                    }
                    if (isTerminal()) {
                        screen.print("\n");
                    }
                    runCommand(device, "exit", io);
                    break;
                default:
                    runCommand(device, line.text(), io);
            }
        }
        return 0;
    }
}
