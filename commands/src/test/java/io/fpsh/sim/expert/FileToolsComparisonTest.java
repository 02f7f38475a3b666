package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fpsh.testkind.RealTool;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * find, ls (names and order), zcat, xargs and less off a terminal against this host's tools (GNU findutils 4.9,
 * coreutils 9.1, gzip, less) on the same tree: the host's in a temp directory, ours under /data. Pipelines through
 * sort where the host's order is its disk's readdir order.
 */
@RealTool
class FileToolsComparisonTest {

    private static final Map<String, String> TEXT_FILES = Map.of(
            "log/messages", "Apr 13 14:30:01 ftd01 sshd[2101]: Accepted password for admin\n",
            "log/connector/connector.log", "level=info msg=starting\nlevel=error msg=\"no such host\"\n",
            "log/action_queue.log", "task 1\n",
            "etc/sf/connector.properties", "connector_port=8989\n",
            "words", "one two\nthree\n  four five six\n");

    private static byte[] gzipped;

    @TempDir
    static Path hostDirectory;

    @BeforeAll
    static void writeHostFiles() throws Exception {
        HostTool.writeFiles(hostDirectory, TEXT_FILES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("rotated line 1\nrotated line 2\n".getBytes(StandardCharsets.UTF_8));
        }
        gzipped = bytes.toByteArray();
        Files.write(hostDirectory.resolve("log/messages.1.gz"), gzipped);
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                List.of("sh", "-c", "find log | sort"),
                List.of("sh", "-c", "find . -name '*.log' | sort"),
                List.of("sh", "-c", "find log -type d | sort"),
                List.of("sh", "-c", "find . -maxdepth 1 -type f -print"),
                List.of("sh", "-c", "find log -maxdepth 1 -name 'm*' | sort"),
                List.of("sh", "-c", "find . -iname 'CONNECTOR*' -type f | sort"),
                List.of("sh", "-c", "find . -type f -size +1 | sort"),
                List.of("sh", "-c", "find . -type f -size -2 | sort"),
                List.of("sh", "-c", "find log -type f -size +20c | sort"),
                List.of("sh", "-c", "find . -size 7c"),
                List.of("sh", "-c", "find . -type f -size -1k | sort"),
                List.of("find", ".", "-size", "1q"),
                List.of("find", ".", "-size"),
                List.of("sh", "-c", "printf 'one\\ntwo\\n' | tee t1.txt t2.txt; cat t1.txt t2.txt"),
                List.of("sh", "-c", "echo x | tee -a t3.txt > /dev/null; echo y | tee -a t3.txt; cat t3.txt"),
                List.of("sh", "-c", "echo x | tee nodir/t4.txt t5.txt; echo $?; cat t5.txt"),
                List.of("tee", "-Q"),
                List.of("find", "nowhere"),
                List.of("find", ".", "-foo"),
                List.of("find", ".", "-type", "q"),
                List.of("find", ".", "-maxdepth", "x"),
                List.of("find", ".", "-name"),
                List.of("ls", "log"),
                List.of("ls", "-r", "log"),
                List.of("ls", "-R", "log"),
                List.of("ls", "-1d", "log", "etc"),
                List.of("ls", "-j"),
                List.of("zcat", "log/messages.1.gz"),
                List.of("zcat", "log/messages.1"),
                List.of("zcat", "words"),
                List.of("zcat", "missing.gz"),
                List.of("sh", "-c", "cat words | xargs"),
                List.of("sh", "-c", "cat words | xargs -n 2 echo"),
                List.of("sh", "-c", "cat words | xargs -I X echo [X]"),
                List.of("sh", "-c", "find log -name '*.log' | sort | xargs grep -c level"),
                List.of("sh", "-c", "xargs -n x < words"),
                List.of("sh", "-c", "less words | cat"),
                List.of("sh", "-c", "less log/messages words > /dev/null; less nope"))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void sameOutputAsTheHostTool(List<String> command) throws Exception {
        HostTool.Result host = HostTool.run(hostDirectory, command, "");
        ShellRun sh = new ShellRun();
        sh.context.fs.allowWrites(true);
        TEXT_FILES.forEach((name, text) -> sh.context.fs.putText("/data/" + name, text));
        sh.context.fs.putGenerated("/data/log/messages.1.gz", () -> gzipped.clone());
        sh.context.fs.mkdirs("/dev");
        sh.run("cd /data");
        sh.run(command.get(0).equals("sh") ? command.get(2)
                : command.stream().map(HostTool::quote).collect(Collectors.joining(" ")));
        assertEquals(host.out(), sh.out(), "stdout of " + command);
        assertEquals(host.err().replace("sh: 1: ", ""), sh.err().replace("-bash: ", ""), "stderr of " + command);
        assertEquals(host.status(), sh.status, "status of " + command);
    }
}
