package io.fpsh.drive;

import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** sudo's password from a real process environment, as {@code sshpass -e} takes SSHPASS: never on a command line. */
@ExtraJvm
class EnvironmentPasswordTest {
    private static final String VARIABLE = "FPSH_TEST_SUDO_PASSWORD";

    private record Run(String stdout, String stderr, int exit, List<String> command) {}

    @Test
    void sudoIsAnsweredFromTheNamedVariable() throws Exception {
        Run run = drive("Admin123", "ROOT", "whoami");
        assertEquals(0, run.exit(), run::stderr);
        assertTrue(run.stdout().endsWith("root\n"), run.stdout());
        assertFalse(String.join(" ", run.command()).contains("Admin123"), "not on the command line");
    }

    @Test
    void aWrongPasswordIsSudosRefusalAndNeverShown() throws Exception {
        String planted = "Pl4nted-Env-S3cret";
        Run run = drive(planted, "ROOT", "whoami");
        assertEquals(3, run.exit());
        assertEquals("fpsh: 'sudo su -' did not reach root mode on lab:ftd01-dns: sudo: 1 incorrect password attempt\n",
                run.stderr());
        assertFalse(run.stdout().contains(planted) || run.stderr().contains(planted));
    }

    @Test
    void anUnsetOrEmptyVariableIsOneLineBeforeAnythingRuns() throws Exception {
        Run unset = drive(null, "EXPERT", "whoami");
        assertEquals(2, unset.exit());
        assertEquals("fpsh: --password-env " + VARIABLE + " given but the environment variable " + VARIABLE
                + " is not set\n", unset.stderr());
        assertEquals("", unset.stdout());
        Run empty = drive("", "EXPERT", "whoami");
        assertEquals(2, empty.exit());
        assertEquals("fpsh: --password-env " + VARIABLE + " given but the environment variable " + VARIABLE
                + " is empty\n", empty.stderr());
    }

    /** Runs {@link EnvironmentPasswordMain} in its own JVM with the variable set to {@code password} (null: unset). */
    private static Run drive(String password, String mode, String line) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath,
                EnvironmentPasswordMain.class.getName(), "ftd01-dns", VARIABLE, mode, line));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove(VARIABLE);
        if (password != null) {
            builder.environment().put(VARIABLE, password);
        }
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the driver did not finish within 60 s");
        }
        return new Run(out.join(), err.join(), process.exitValue(), command);
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
