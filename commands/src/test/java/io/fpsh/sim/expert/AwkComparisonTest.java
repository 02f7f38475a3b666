package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fpsh.testkind.RealTool;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulated awk against this host's awk (mawk here; the FTD's is taken to be gawk: both give the same output for
 * these programs) on the same file. Error messages differ between awks, so a refused program is checked on its own.
 */
@RealTool
class AwkComparisonTest {

    private static final String PS = """
            USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
            root         1  0.0  0.0   4376  1540 ?        Ss   Apr07   0:12 init [3]
            root      2101  0.0  0.1  71000  5120 ?        Ss   Apr07   0:01 /usr/sbin/sshd
            www      13277  1.5  0.9 812344 41220 ?        Sl   Apr07  12:41 /ngfw/usr/local/sf/bin/connector
            root      7741  0.3  2.2 900120 99000 ?        Sl   Apr07   3:02 /ngfw/usr/local/sf/bin/EventHandler
            """;

    @TempDir
    static Path hostDirectory;

    @BeforeAll
    static void writeHostFile() throws Exception {
        Files.writeString(hostDirectory.resolve("ps.txt"), PS, StandardCharsets.UTF_8);
        Files.writeString(hostDirectory.resolve("conf"), "a=1\nb=2\n# c=3\n", StandardCharsets.UTF_8);
    }

    static Stream<List<String>> programs() {
        return Stream.of(
                List.of("awk", "{print $2}", "ps.txt"),
                List.of("awk", "{print $1, $NF}", "ps.txt"),
                List.of("awk", "NR>1 {print NR\": \"$2}", "ps.txt"),
                List.of("awk", "/sf\\/bin/ {print $11}", "ps.txt"),
                List.of("awk", "$3 > 1.0", "ps.txt"),
                List.of("awk", "$1 == \"www\" || $2 < 10 {print $2}", "ps.txt"),
                List.of("awk", "NR>1 {rss += $6} END {print \"total\", rss, NR}", "ps.txt"),
                List.of("awk", "BEGIN {printf \"%-6s|%5.1f|%d|%s%%\\n\", \"ab\", 3.14159, 42.9, \"x\"}"),
                List.of("awk", "NR>1 {printf \"%s %05d %x\\n\", $1, $2, $2}", "ps.txt"),
                List.of("awk", "-F=", "!/^#/ {print $2 \"<-\" $1}", "conf"),
                List.of("awk", "-F", "=", "-v", "want=b", "$1 == want {print $2}", "conf"),
                List.of("awk", "{print NF; print length($0)}", "conf"),
                List.of("awk", "NR==2,NR==3", "ps.txt"),
                List.of("awk", "{n[$1]++} END {print n[\"root\"], n[\"www\"]}", "ps.txt"),
                List.of("awk", "{ if ($3 > 0.2) print \"busy\", $2; else print \"idle\", $2 }", "ps.txt"),
                List.of("awk", "$11 ~ /connector$/ {sub(/\\/ngfw/, \"\", $11); print toupper($1), $11}", "ps.txt"),
                List.of("awk", "{gsub(/[0-9]/, \"#\"); print substr($0, 1, 20)}", "conf"),
                List.of("awk", "BEGIN {x = 10 / 4; print x, int(x), x * 2, 2 ^ 3, 7 % 3, -x}"),
                List.of("awk", "BEGIN {for (i = 1; i <= 3; i++) s = s i; print s; n = split(\"a:b:c\", p, \":\"); print n, p[3]}"),
                List.of("awk", "NR == 2 {$3 = \"X\"; print; print NF} NR == 3 {exit 3} END {print \"end\"}", "ps.txt"),
                List.of("awk", "{ print index($0, \"=\"), $0 !~ /#/ ? \"set\" : \"comment\" }", "conf"),
                List.of("awk", "END {print NR}", "ps.txt", "conf"));
    }

    @ParameterizedTest
    @MethodSource("programs")
    void sameOutputAsTheHostAwk(List<String> command) throws Exception {
        HostTool.Result host = HostTool.run(hostDirectory, command, "");
        ShellRun sh = new ShellRun();
        sh.context.fs.putText("/data/ps.txt", PS);
        sh.context.fs.putText("/data/conf", "a=1\nb=2\n# c=3\n");
        sh.run("cd /data");
        sh.run(command.stream().map(HostTool::quote).collect(Collectors.joining(" ")));
        assertEquals(host.out(), sh.out(), "stdout of " + command);
        assertEquals(host.err(), sh.err(), "stderr of " + command);
        assertEquals(host.status(), sh.status, "status of " + command);
    }

    @Test
    void whatTheSubsetLacksIsASyntaxErrorAtItsPlaceNotAStackTrace() {
        ShellRun sh = new ShellRun();
        sh.run("echo x | awk '{getline line; print line}'");
        assertEquals("awk: cmd. line:1: {getline line; print line}\nawk: cmd. line:1:  ^ syntax error\n", sh.err());
        assertEquals(1, sh.status);
        sh.run("echo x | awk '{print $1 > \"/tmp/out\"}'");
        assertTrue(sh.err().startsWith("awk: cmd. line:1: {print $1 > \"/tmp/out\"}\n"), sh.err());
        sh.run("echo x | awk '{print 1/0}'");
        assertEquals("awk: cmd. line:1: fatal: division by zero\n", sh.err());
        assertEquals(2, sh.status);
        sh.run("awk -Q 1");
        assertTrue(sh.err().startsWith("awk: invalid option -- 'Q'\n"), sh.err());
        assertEquals(2, sh.status);
    }
}
