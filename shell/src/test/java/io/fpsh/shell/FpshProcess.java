package io.fpsh.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs fpsh in a fresh JVM on the test classpath (the fat jar is only built after the tests): either
 * {@link FakeDeviceMain}, fpsh on {@link FakeDevice}, or the real {@link Main} on a lab ({@link #labCommand}).
 */
final class FpshProcess {
    record Result(int exitStatus, String out, String err) {}

    private FpshProcess() {}

    /** The java command line that starts fpsh on the fake device with {@code args}, its home in {@code home}. */
    static List<String> command(Path home, String... args) {
        return command(List.of(), home, args);
    }

    /** The same with extra JVM options before the main class. */
    static List<String> command(List<String> jvmOptions, Path home, String... args) {
        return javaCommand(jvmOptions, home, FakeDeviceMain.class, args);
    }

    /** The java command line that starts the real fpsh (real targets) with {@code args}; see {@link #labEnvironment}. */
    static List<String> labCommand(Path home, String... args) {
        return javaCommand(List.of(), home, Main.class, args);
    }

    /** A pinned lab clock, so output is reproducible, and {@code FPSH_HOME} (caches, history) in {@code home}. */
    static Map<String, String> labEnvironment(Path home) {
        return Map.of("FPSH_PIN_CLOCK", "1", "FPSH_HOME", home.resolve(".fpsh").toString());
    }

    private static List<String> javaCommand(List<String> jvmOptions, Path home, Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Duser.home=" + home);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(testClasspath());
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The classpath of this test run; surefire's booter jar alone would not hold the classes. */
    static String testClasspath() {
        String classpath = System.getProperty("java.class.path");
        if (!classpath.contains("test-classes")) {
            throw new IllegalStateException("test classes are not on java.class.path: " + classpath);
        }
        return classpath;
    }

    /** The real fpsh ({@link DeviceOpener#standard()}) run in this JVM with no input, as a script runs it. */
    static Result inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DeviceOpener.standard(), false);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(Path home, String stdin, String... args) throws IOException, InterruptedException {
        return run(List.of(), home, stdin, args);
    }

    /**
     * Runs fpsh on a real target (no fake device) with a pinned lab clock, so transcripts are reproducible.
     * {@code FPSH_HOME} keeps its caches in {@code home}.
     */
    static Result runOnLab(Path home, String stdin, String... args) throws IOException, InterruptedException {
        return runOnLab(List.of(), home, stdin, args);
    }

    /** The same with extra JVM options before the main class. */
    static Result runOnLab(List<String> jvmOptions, Path home, String stdin, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(javaCommand(jvmOptions, home, Main.class, args));
        builder.environment().putAll(labEnvironment(home));
        return finish(builder.start(), stdin);
    }

    /** Runs fpsh on a real target with more environment variables (a password for --password-env). */
    static Result runOnLab(Map<String, String> environment, Path home, String stdin, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(labCommand(home, args));
        builder.environment().putAll(labEnvironment(home));
        builder.environment().putAll(environment);
        return finish(builder.start(), stdin);
    }

    static Result run(List<String> jvmOptions, Path home, String stdin, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, home, args));
        builder.environment().put("FPSH_HOME", home.resolve(".fpsh").toString());
        return finish(builder.start(), stdin);
    }

    private static final int HUNG_AFTER_SECONDS = 180;

    private static Result finish(Process process, String stdin) throws IOException, InterruptedException {
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException pipeClosedEarly) {
            // fpsh may stop reading before the end (exit at the clish): that is not the test's failure.
        }
        // only a guard against a hung fpsh: a cold JVM and its lab on a machine loaded 15 times past its 2 cores took
        // over 60 s in several classes at once (ScriptModeLabTest, Ftd7DnsWalkTest...), each a few seconds when quiet
        if (!process.waitFor(HUNG_AFTER_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("fpsh did not finish within " + HUNG_AFTER_SECONDS + " s");
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<unreadable: " + e + ">";
            }
        });
    }

    static Path tempHome() throws IOException {
        Path home = Files.createTempDirectory("fpsh-home");
        home.toFile().deleteOnExit();
        return home;
    }

    static String pathSeparator() {
        return File.pathSeparator;
    }
}
