package io.fpsh.shell;

import io.fpsh.shell.FpshProcess.Result;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh --lab FILE} on files that are no lab: one line naming the file and line, never a word of the file,
 * never Java; only regular files are read (a FIFO must not block, /dev/zero must not fill the heap).
 */
@ExtraJvm
class LabFileArgumentTest {
    /** Java's names for things: a qualified class, an exception or error, a Jackson token. */
    private static final Pattern JAVA = Pattern.compile(
            "\\b[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*\\.[A-Za-z_$][\\w$]*|\\w*(Exception|Error)\\b|`|JsonToken|START_(ARRAY|OBJECT)"
                    + "|\\bCannot (construct|deserialize|coerce|map)\\b|\\bjava\\.|\\bio\\.fpsh|heap space");
    private static final String FAKE_HASH = "$6$fakesalt$FAKEHASHq1w2e3r4t5y6u7i8o9p0asdfghjklzxcvbnm";

    @TempDir
    Path folder;

    private static Result fpsh(String... args) {
        return FpshProcess.inProcess(args);
    }

    private Result labFile(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        Result run = fpsh("--lab", file.toString(), "-c", "show version");
        assertEquals(2, run.exitStatus(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("fpsh: " + file + ":"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(JAVA.matcher(run.err()).find(), "Java in: " + run.err());
        return run;
    }

    @Test
    void aPasswdLikeFileIsOneLineQuotingNothing() throws Exception {
        String passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
        Result run = labFile("passwd", passwd);
        assertEquals("fpsh: " + folder.resolve("passwd") + ":1: not a lab file: expected sections such as name, clock and "
                + "device (key: value lines), found a text\n", run.err());
    }

    @Test
    void aShadowLikeFileNeverShowsItsHash() throws Exception {
        String shadow = "root:" + FAKE_HASH + ":19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n";
        Result run = labFile("shadow", shadow);
        assertTrue(run.err().contains(":1: unknown field at the top level (known: clock, "), run.err());
        for (String part : new String[] {"root", "fakesalt", "FAKEHASH", "$6$", "19000", "99999", "daemon"}) {
            assertFalse(run.err().contains(part), "'" + part + "' shown: " + run.err());
        }
    }

    @Test
    void noHostileFileShowsJava() throws Exception {
        String[] hostile = {
            "SECRET\n", "- SECRET\n", "name: x\n\tclock: 1\n", "{SECRET\n", "a: !!binary SECRET\n", "? [SECRET]\n: x\n",
            "name: x\nclock: {start: SECRET}\n", "\u0000SECRET\n", "name: \"\\xSECRET\"\n", "SECRET: &a [*a]\n",
            "name: x\nname: y\n", "name: x\nclock:\n  start: 2024-05-14T09:12:00Z\n  logOffset: 99999999999999999999\n",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        };
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < hostile.length; i++) {
            Result run = labFile("hostile" + i + ".yaml", hostile[i]);
            assertFalse(run.err().contains("SECRET"), run.err());
            shown.add(run.err());
        }
        assertTrue(shown.get(2).endsWith(":2: found a tab character where YAML expects a space: tabs are not allowed for indentation\n"),
                shown.get(2));
    }

    @Test
    void anEmptyLabNameIsOneLine() {
        Result run = fpsh("--lab", "", "-c", "show version");
        assertEquals(2, run.exitStatus());
        assertEquals("fpsh: no lab given: a shipped lab's name or a lab file (fpsh lab list shows the shipped labs)\n", run.err());
    }

    @Test
    void aDirectoryIsOneLine() throws Exception {
        Result run = fpsh("--lab", folder.toString(), "-c", "show version");
        assertEquals(2, run.exitStatus());
        assertEquals("fpsh: " + folder + ": is a directory\n", run.err());
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = folder.resolve("lab.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        // opening a FIFO for reading blocks until a writer comes: none ever does
        Result run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fpsh("--lab", fifo.toString(), "-c", "show version"));
        assertEquals(2, run.exitStatus());
        assertEquals("fpsh: " + fifo + ": not a regular file\n", run.err());
    }

    /** In its own small JVM: before the fix /dev/zero was read until the heap ran out. */
    @Test
    void devZeroIsRefusedAtOnce() throws Exception {
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            Path home = FpshProcess.tempHome();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx96m", "-Duser.home=" + home, "-cp", FpshProcess.testClasspath(), Main.class.getName(),
                    "--lab", device, "-c", "show version"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(FpshProcess.labEnvironment(home));
            Process fpsh = builder.start();
            fpsh.getOutputStream().close();
            if (!fpsh.waitFor(60, TimeUnit.SECONDS)) {
                fpsh.destroyForcibly();
                throw new AssertionError("fpsh --lab " + device + " did not finish within 60 s");
            }
            String said = new String(fpsh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("fpsh: " + device + ": not a regular file\n", said);
            assertEquals(2, fpsh.exitValue());
        }
    }
}
