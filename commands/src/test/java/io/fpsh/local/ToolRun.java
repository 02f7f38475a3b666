package io.fpsh.local;

import io.fpsh.device.Device;
import io.fpsh.drive.CapturingIo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

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
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + limit);
        }
        try {
            return new ToolRun(out.get(), err.get(), process.exitValue());
        } catch (ExecutionException e) {
            throw new IOException("cannot read the output of " + command, e);
        }
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

    // Both pipes are drained at once so that a chatty tool never blocks on a full one.
    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
