package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real tool of this host in a directory of its own, in the C locale (the FTD's: plain quotes in messages),
 * for differential tests: the simulated file system holds the same bytes under the same relative names.
 */
final class HostTool {

    record Result(String out, String err, int status) {}

    private HostTool() {}

    /** Writes each text under its relative name in {@code directory}: the host's copy of what the simulation holds. */
    static void writeFiles(Path directory, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = directory.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    static Result run(Path directory, List<String> command, String input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("TZ", "UTC");
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            assumeTrue(false, command.get(0) + " is not installed on this host");
            throw missing;
        }
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException exitedWithoutReading) {
            // the tool did not read its input
        }
        String out = read(process.getInputStream());
        assumeTrue(process.waitFor(10, TimeUnit.SECONDS), "host tool did not finish");
        return new Result(out, err.get(), process.exitValue());
    }

    private static String read(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException e) {
            // what was read is all there is
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
