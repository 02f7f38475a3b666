package io.fpsh.sim;

import io.fpsh.device.DeviceIo;

/** What the simulated device runs on the host for one session: its lab network and its expert shell. */
final class LabServices implements AutoCloseable {
    private final DeviceState state;

    LabServices(DeviceState state) {
        this.state = state;
    }

    ExpertMode.Shell expertShell(FtdSession session) {
        return new ExpertMode.Shell() {
            @Override
            public int run(String line, DeviceIo io) {
                String command = line.strip().split("\\s+")[0];
                io.err().println("-bash: " + command + ": command not found");
                return 127;
            }

            @Override
            public void cancel() {
            }
        };
    }

    @Override
    public void close() {
    }
}
