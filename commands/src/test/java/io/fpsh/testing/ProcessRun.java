package io.fpsh.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** A real process run to its end: its standard input empty, both outputs read, killed after a hard time limit. */
public record ProcessRun(int exit, String stdout, String stderr) {

    /** Runs {@code command}; a run past {@code limit} is killed and fails the test. */
    public static ProcessRun of(Duration limit, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + limit);
        }
        try {
            return new ProcessRun(process.exitValue(), out.get(), err.get());
        } catch (ExecutionException e) {
            throw new IOException("cannot read the output of " + command, e);
        }
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
