package io.fpsh.sim.network;

import io.fpsh.testing.ProcessRun;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Runs real command-line tools (dig, curl, openssl) with a hard time limit; tests point them at 127.0.0.1 only. */
final class LocalTools {

    record Result(int exit, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    private LocalTools() {}

    static Result run(Duration limit, String... command) throws IOException, InterruptedException {
        ProcessRun run = ProcessRun.of(limit, List.of(command));
        return new Result(run.exit(), run.stdout(), run.stderr());
    }
}
