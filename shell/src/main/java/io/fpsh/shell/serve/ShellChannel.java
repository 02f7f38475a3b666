package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;

import java.util.EnumMap;
import java.util.Map;

/**
 * {@code ssh admin@host}: the banner, then the device's prompt ({@code \r\n> } at the clish) and its commands until
 * {@code exit} at the clish or Ctrl-D on an empty line (in the Linux shell Ctrl-D is {@code exit}, as in bash).
 * Each mode keeps its own history for the session, as the clish and bash are separate programs on the box.
 */
final class ShellChannel extends DeviceChannel {
    private final Map<Mode, LineHistory> histories = new EnumMap<>(Mode.class);

    ShellChannel(DeviceSource devices, ServeLimits limits) {
        super(devices, limits);
    }

    @Override
    protected int session(Device device) throws InterruptedException {
        DeviceIo io = io();
        ServeCompletion completion = new ServeCompletion(device);
        screen.print(device.banner());
        while (device.isOpen()) {
            String prompt = device.prompt();
            screen.print(prompt);
            screen.flush();
            LineHistory history = histories.computeIfAbsent(device.mode(), mode -> new LineHistory(limits().historyLines()));
            boolean lina = ModeGraph.detaches(device.mode());
            LineEditor.Line line = editor.readCommand(
                    new CommandPrompt(prompt, completion, history, () -> size().columns(), lina));
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
                    runLine(device, line.text(), io);
            }
        }
        return 0;
    }
}
