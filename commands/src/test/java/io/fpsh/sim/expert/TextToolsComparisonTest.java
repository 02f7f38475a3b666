package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fpsh.testkind.RealTool;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * cut, sort, uniq, sed, head -c and grep -r against this host's GNU tools (coreutils 9.1, sed 4.9, grep 3.x; the FTD
 * ships older GNU versions whose output for these flags is the same), on the same files: a directory on the host,
 * /data in the simulated file system. Every supported flag, and the bad ones' messages and statuses.
 */
@RealTool
class TextToolsComparisonTest {

    /** Log-like lines: a syslog tail, a table with numbers, repeats for uniq. */
    static final Map<String, String> FILES = Map.of(
            "messages", """
                    Apr 13 14:30:01 ftd01 sshd[2101]: Accepted password for admin from 10.0.0.5 port 51234 ssh2
                    Apr 13 14:30:02 ftd01 SF-IMS[3312]: [3312] pm:process [INFO] Started SSEConnector
                    Apr 13 14:31:10 ftd01 sshd[2101]: Failed password for root from 10.0.0.9 port 40000 ssh2
                    Apr 13 14:35:55 ftd01 SF-IMS[3312]: [3312] pm:process [INFO] Started EventHandler
                    Apr 13 14:36:00 ftd01 sshd[2101]: Accepted password for admin from 10.0.0.5 port 51240 ssh2
                    """,
            "table", "b:20:x\na:3:y\nc:100:z\na:3:y\nd:-4:w\n B: 7:v\n",
            "dup", "one\none\ntwo\nthree\nthree\nthree\none\n",
            "sub/deep.log", "level=error msg=\"dial tcp: lookup api-sse.cisco.com: no such host\"\nlevel=info msg=ok\n",
            "sub/other.log", "nothing here\n");

    @TempDir
    static Path hostDirectory;

    @BeforeAll
    static void writeHostFiles() throws Exception {
        HostTool.writeFiles(hostDirectory, FILES);
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                List.of("cut", "-d", " ", "-f", "5", "messages"),
                List.of("cut", "-d", " ", "-f", "1-3,6-", "messages"),
                List.of("cut", "-d:", "-f2", "table"),
                List.of("cut", "-d:", "-f", "-2", "-s", "dup", "table"),
                List.of("cut", "-c", "1-15", "messages"),
                List.of("cut", "-c3,1", "table"),
                List.of("cut", "-f", "x", "table"),
                List.of("cut", "-f", "0", "table"),
                List.of("cut", "-d", "ab", "-f1", "table"),
                List.of("cut", "table"),
                List.of("cut", "-Q", "table"),
                List.of("cut", "-f1", "missing"),
                List.of("sort", "table"),
                List.of("sort", "-r", "table"),
                List.of("sort", "-t:", "-k2", "-n", "table"),
                List.of("sort", "-t:", "-k2n", "-r", "table"),
                List.of("sort", "-t", ":", "-k", "1,1", "-u", "table"),
                List.of("sort", "-u", "dup"),
                List.of("sort", "-k5", "messages"),
                List.of("sort", "-n", "-k", "0", "table"),
                List.of("sort", "-Q", "table"),
                List.of("sort", "missing"),
                List.of("uniq", "dup"),
                List.of("uniq", "-c", "dup"),
                List.of("uniq", "-d", "dup"),
                List.of("uniq", "-u", "dup"),
                List.of("uniq", "-Q", "dup"),
                List.of("uniq", "missing"),
                List.of("sed", "-n", "/sshd/p", "messages"),
                List.of("sed", "s/ftd01/firepower/", "messages"),
                List.of("sed", "s/[0-9]\\+/N/g", "table"),
                List.of("sed", "-E", "s/([a-z]+):([0-9]+)/\\2=\\1/", "table"),
                List.of("sed", "2d", "dup"),
                List.of("sed", "2,4d", "dup"),
                List.of("sed", "-n", "2,/three/p", "dup"),
                List.of("sed", "$d", "dup"),
                List.of("sed", "-n", "$p", "messages"),
                List.of("sed", "/one/!d", "dup"),
                List.of("sed", "-e", "s/one/1/", "-e", "s/two/2/", "dup"),
                List.of("sed", "s/o/0/2", "dup"),
                List.of("sed", "s/a/b", "dup"),
                List.of("sed", "k", "dup"),
                List.of("sed", "-Q", "p", "dup"),
                List.of("sed", "p", "missing"),
                List.of("head", "-c", "20", "messages"),
                List.of("head", "-c", "-300", "messages"),
                List.of("head", "-c", "x", "messages"),
                List.of("sh", "-c", "cat messages | tr a-z A-Z"),
                List.of("sh", "-c", "cat messages | tr -s ' '"),
                List.of("sh", "-c", "cat messages | tr -d '[:digit:]'"),
                List.of("sh", "-c", "cat table | tr ':' '\\t'"),
                List.of("sh", "-c", "cat messages | tr -c 'a-z\\n' '_'"),
                List.of("sh", "-c", "cat dup | tr -s 'a-z' 'A-Z'"),
                List.of("sh", "-c", "cat messages | tr -cs '[:alnum:]' '\\n' | sort | uniq -c | sort -rn | head -3"),
                List.of("tr"),
                List.of("tr", "a"),
                List.of("tr", "-d", "a", "b"),
                List.of("tr", "-s", "a", "b", "c"),
                List.of("tr", "-ds", "a"),
                List.of("tr", "a", ""),
                List.of("tr", "-Q", "a"),
                // printf is bash's builtin: held to bash's (its messages name bash's line, here -bash as at a prompt)
                List.of("bash", "-c", "printf '%s=%d\\n' a 1 b 2 c"),
                List.of("bash", "-c", "printf '%-8s|%5.2f|%x|%o|%c\\n' name 3.14159 255 8 word"),
                List.of("bash", "-c", "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | wc -c"),
                List.of("bash", "-c", "printf '%b|%s\\n' 'a\\tb' 'a\\tb'"),
                List.of("bash", "-c", "printf '%05d %+d %*d\\n' 42 7 6 3"),
                List.of("bash", "-c", "printf 'no newline'"),
                List.of("bash", "-c", "printf '%d\\n' abc 0x1f 010 \"'A\""),
                List.of("bash", "-c", "printf"),
                List.of("tail", "-c", "30", "messages"),
                List.of("tail", "-c", "+40", "messages"),
                List.of("tail", "-c", "x", "messages"),
                List.of("grep", "-r", "error", "sub"),
                List.of("sh", "-c", "grep -rl level . | sort"),
                List.of("grep", "-rn", "-i", "NO SUCH", "sub"),
                List.of("sh", "-c", "grep -rc o sub | sort"),
                List.of("grep", "-r", "Accepted", "messages"))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void sameOutputAsTheHostTool(List<String> command) throws Exception {
        HostTool.Result host = HostTool.run(hostDirectory, command, "");
        ShellRun sh = new ShellRun();
        FILES.forEach((name, text) -> sh.context.fs.putText("/data/" + name, text));
        sh.run("cd /data");
        // "sh -c LINE" runs LINE itself in the simulated shell (a pipeline that sorts what readdir's order left open)
        sh.run(command.get(0).equals("sh") || command.get(0).equals("bash") ? command.get(2)
                : command.stream().map(HostTool::quote).collect(Collectors.joining(" ")));
        assertEquals(host.out(), sh.out(), "stdout of " + command);
        // GNU sed follows a bad option with its whole --help, which differs by version: its first two lines are kept
        String hostErr = command.get(0).equals("sed") && host.err().contains("invalid option")
                ? String.join("\n", host.err().lines().limit(2).toList()) + "\n"
                : host.err().replaceAll("(?m)^bash: (line 1: )?", "-bash: ");
        assertEquals(hostErr, sh.err(), "stderr of " + command);
        assertEquals(host.status(), sh.status, "status of " + command);
    }
}
