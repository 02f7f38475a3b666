package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh -c}: only the commands' output, stdout and stderr apart, the last command's exit status. */
@ExtraJvm
class ScriptModeTest {

    @Test
    void keepsStdoutAndStderrApartAndReturnsTheLastStatus() throws Exception {
        FpshProcess.Result result = FpshProcess.run(FpshProcess.tempHome(), "",
                "-c", "show version; expert; echo 'a;b'; ls /nope");
        assertEquals("-------------------[ ftd01 ]--------------------\n" + FakeDevice.VERSION + "'a;b'\n", result.out());
        assertEquals("ls: cannot access '/nope': No such file or directory\n", result.err());
        assertEquals(2, result.exitStatus());
    }

    @Test
    void exitStatusIsZeroWhenTheLastCommandSucceeds() throws Exception {
        FpshProcess.Result result = FpshProcess.run(FpshProcess.tempHome(), "", "-c", "expert; false; true");
        assertEquals("", result.out());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void passwordsAreReadFromStdinWithoutShowingThem() throws Exception {
        FpshProcess.Result result = FpshProcess.run(FpshProcess.tempHome(), "Admin123\n",
                "--lab", "ftd01-dns", "-c", "expert; sudo su -; whoami");
        assertEquals("root\n", result.out());
        assertEquals("Password: \n", result.err());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void sudoRunsTheGuidesRootOnlyChecksAsRootAndProgramsRunByPath() throws Exception {
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), "Admin123\n", "--lab", "ftd01-dns", "-c",
                "expert; sudo lsof -i | grep conn; sudo whoami; /usr/bin/whoami; more /etc/sf/connector.properties");
        assertTrue(result.out().contains("\nconnector ") && result.out().contains(" TCP localhost:8989 (LISTEN)\n"
                + "root\nadmin\nregistration_interval="), result.out());
        assertTrue(result.err().endsWith("Password:\n"), result.err());
        assertEquals(0, result.exitStatus());
    }

    /** The command lines the fast path reads by hand: {@code -c} and {@code probe}'s usual ones. */
    static Stream<List<String>> fastCommandLines() {
        return Stream.of(List.of("--lab", "ftd01-dns", "-c", "show version"),
                List.of("probe", "show-network", "--target", "lab:ftd01-dns", "--json"),
                List.of("probe", "show-network", "--lab", "ftd01-dns"),
                List.of("probe", "show-network", "--target=lab:ftd01-dns", "--deadline", "5", "--json"),
                List.of("probe"));
    }

    @ParameterizedTest
    @MethodSource("fastCommandLines")
    void theFastPathLoadsNeitherPicocliNorJline(List<String> commandLine) throws Exception {
        Path home = FpshProcess.tempHome();
        Path classLog = home.resolve("classes.log");
        String[] args = commandLine.toArray(String[]::new);
        FpshProcess.Result result = FpshProcess.runOnLab(List.of("-Xlog:class+load=info:file=" + classLog), home, "",
                args);
        assertEquals(0, result.exitStatus(), result.err());
        String loaded = Files.readString(classLog);
        assertFalse(loaded.contains("picocli."), "picocli was loaded");
        assertFalse(loaded.contains("org.jline."), "JLine was loaded");
        // a record's equals, hashCode or toString bootstraps ObjectMethods, ~20 ms of method handles in a cold process
        assertFalse(loaded.contains("java.lang.runtime.ObjectMethods "), "a record's equals/hashCode/toString ran");
    }

    @Test
    void anUnknownLabIsOneLineAndStatusTwo() throws Exception {
        FpshProcess.Result result = FpshProcess.run(FpshProcess.tempHome(), "", "--lab", "nosuch", "-c", "show version");
        assertEquals("fpsh: unknown lab 'nosuch' (fpsh lab list shows the shipped labs)\n", result.err());
        assertEquals("", result.out());
        assertEquals(2, result.exitStatus());
    }

    @Test
    void aBadOptionIsOneLineAndStatusTwo() throws Exception {
        FpshProcess.Result result = FpshProcess.run(FpshProcess.tempHome(), "", "--frobnicate");
        assertEquals(2, result.exitStatus());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("fpsh: "), result.err());
    }
}
