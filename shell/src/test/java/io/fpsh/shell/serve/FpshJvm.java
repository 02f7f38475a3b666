package io.fpsh.shell.serve;

import io.fpsh.shell.Main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** fpsh in a JVM of its own, as a user runs it: this test JVM's java and class path, its home under a test folder. */
final class FpshJvm {

    private FpshJvm() {
    }

    /** {@code fpsh ARGS} with FPSH_HOME at {@code folder}/home, not started. */
    static ProcessBuilder builder(Path folder, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("FPSH_HOME", folder.resolve("home").toString());
        return builder;
    }

    /** Starts {@code fpsh ARGS}, its standard error into {@code folder}/stderr. */
    static Process start(Path folder, String... args) throws IOException {
        return builder(folder, args).redirectError(folder.resolve("stderr").toFile()).start();
    }
}
