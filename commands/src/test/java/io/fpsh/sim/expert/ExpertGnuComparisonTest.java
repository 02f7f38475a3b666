package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.testkind.RealTool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulated tools against the host's real GNU tools, fed the same fixed text through standard input
 * (test-only: the host tools never see a simulated path, and the shell under test never sees the host).
 */
@RealTool
class ExpertGnuComparisonTest {

    private static final String TEXT = "abc\nAbd\nxyz 42\ncd cd\n\naab\nab-c\n";
    private static final String NO_FINAL_NEWLINE = "one\ntwo\nthree";

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(TEXT, List.of("grep", "-c", "a")),
                Arguments.of(TEXT, List.of("grep", "-v", "a")),
                Arguments.of(TEXT, List.of("grep", "-i", "AB")),
                Arguments.of(TEXT, List.of("grep", "-ic", "b")),
                Arguments.of(TEXT, List.of("grep", "-n", "b")),
                Arguments.of(TEXT, List.of("grep", "-E", "a|z")),
                Arguments.of(TEXT, List.of("grep", "a\\|z")),
                Arguments.of(TEXT, List.of("grep", "-o", "b.")),
                Arguments.of(TEXT, List.of("grep", "-x", "abc")),
                Arguments.of(TEXT, List.of("grep", "-w", "ab")),
                Arguments.of(TEXT, List.of("grep", "[[:digit:]]\\+")),
                Arguments.of(TEXT, List.of("grep", "-E", "^(cd ?)+$")),
                Arguments.of(TEXT, List.of("grep", "-E", "a{2}")),
                Arguments.of(TEXT, List.of("grep", "a\\{2\\}")),
                Arguments.of(TEXT, List.of("grep", "-c", "")),
                Arguments.of(TEXT, List.of("grep", "*a")),
                Arguments.of(TEXT, List.of("grep", "-E", "a+")),
                Arguments.of(TEXT, List.of("grep", "a+")),
                Arguments.of(TEXT, List.of("grep", "-e", "xyz", "-e", "cd")),
                Arguments.of(TEXT, List.of("grep", "-F", "b-")),
                Arguments.of(TEXT, List.of("grep", "zzz")),
                Arguments.of(TEXT, List.of("grep", "-E", "a(")),
                Arguments.of(TEXT, List.of("grep", "a\\(")),
                Arguments.of(TEXT, List.of("grep", "[a")),
                Arguments.of(TEXT, List.of("grep", "-E", "a)")),
                Arguments.of(NO_FINAL_NEWLINE, List.of("grep", "three")),
                Arguments.of(TEXT, List.of("head", "-n", "2")),
                Arguments.of(TEXT, List.of("head", "-3")),
                Arguments.of(TEXT, List.of("head", "-n", "-2")),
                Arguments.of(TEXT, List.of("tail", "-n", "2")),
                Arguments.of(TEXT, List.of("tail", "-n", "+6")),
                Arguments.of(NO_FINAL_NEWLINE, List.of("tail", "-1")),
                Arguments.of(NO_FINAL_NEWLINE, List.of("head", "-n", "5")),
                Arguments.of(NO_FINAL_NEWLINE, List.of("cat", "-n")),
                Arguments.of(TEXT, List.of("cat")),
                Arguments.of(TEXT, List.of("grep", "-A1", "xyz")),
                Arguments.of(TEXT, List.of("grep", "-B", "2", "-n", "cd")),
                Arguments.of(TEXT, List.of("grep", "-C1", "ab")),
                Arguments.of(TEXT, List.of("grep", "-A", "1", "-v", "b")),
                Arguments.of(TEXT, List.of("grep", "-A", "x", "b")),
                Arguments.of(TEXT, List.of("wc", "-l")),
                Arguments.of(TEXT, List.of("wc")),
                Arguments.of(TEXT, List.of("wc", "-lw")),
                Arguments.of(NO_FINAL_NEWLINE, List.of("wc", "-c")));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void sameOutputAsTheHostTool(String input, List<String> command) throws Exception {
        Result host = host(command, input);
        ShellRun sh = new ShellRun();
        sh.context.fs.putText("/tmp/input", input);
        sh.run("cat /tmp/input | " + command.stream().map(ExpertGnuComparisonTest::quote)
                .collect(Collectors.joining(" ")));
        assertEquals(host.out, sh.out(), "stdout of " + command);
        assertEquals(host.err, sh.err(), "stderr of " + command);
        assertEquals(host.status, sh.status, "status of " + command);
    }

    static Stream<List<String>> missingFile() {
        String missing = "/nonexistent-fpsh-dir/missing.log";
        return Stream.of(List.of("cat", missing), List.of("head", missing), List.of("tail", missing),
                List.of("grep", "x", missing), List.of("wc", "-l", missing), List.of("more", missing),
                List.of("cat", missing, "/nonexistent-fpsh-dir/other"));
    }

    /** A file that is missing on both sides: the same message and status (util-linux more exits 0 even so). */
    @ParameterizedTest
    @MethodSource
    void missingFile(List<String> command) throws Exception {
        Result host = host(command, "");
        ShellRun sh = new ShellRun();
        sh.run(command.stream().map(ExpertGnuComparisonTest::quote).collect(Collectors.joining(" ")));
        assertEquals(host.out, sh.out(), "stdout of " + command);
        assertEquals(host.err, sh.err(), "stderr of " + command);
        assertEquals(host.status, sh.status, "status of " + command);
    }

    private record Result(String out, String err, int status) {}

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static Result host(List<String> command, String input) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException missing) {
            assumeTrue(false, command.get(0) + " is not installed on this host");
            throw missing;
        }
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException exitedWithoutReading) {
            // e.g. grep with an invalid pattern: it never reads its input
        }
        String out = read(process.getInputStream());
        String err = read(process.getErrorStream());
        assumeTrue(process.waitFor(10, TimeUnit.SECONDS), "host tool did not finish");
        return new Result(out, err, process.exitValue());
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
