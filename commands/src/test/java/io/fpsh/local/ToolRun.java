package io.fpsh.local;

import io.fpsh.device.Device;
import io.fpsh.drive.CapturingIo;
import io.fpsh.testing.ProcessRun;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** stdout, stderr and exit status of one command, from fpsh or from a real process, comparable after masking. */
record ToolRun(String stdout, String stderr, int exit) {

    /** Runs {@code line} on a device in this JVM. */
    static ToolRun onDevice(Device device, String line) {
        CapturingIo io = CapturingIo.answering();
        int exit = device.run(line, io);
        return new ToolRun(io.stdout(), io.stderr(), exit);
    }

    /** Runs a process with stdin at its end, killing it after {@code limit}. */
    static ToolRun process(Duration limit, List<String> command) throws IOException, InterruptedException {
        ProcessRun run = ProcessRun.of(limit, command);
        return new ToolRun(run.stdout(), run.stderr(), run.exit());
    }

    /** The same run with what differs from run to run hidden: curl's "after N ms", one server port. */
    ToolRun masked(int port) {
        return new ToolRun(mask(stdout, port), mask(stderr, port), exit);
    }

    ToolRun masked() {
        return masked(-1);
    }

    private static String mask(String text, int port) {
        String masked = text.replaceAll("after \\d+ ms", "after N ms");
        return port < 0 ? masked : masked.replace("#" + port + "\n", "#PORT\n").replace("#" + port + ":", "#PORT:");
    }
}
