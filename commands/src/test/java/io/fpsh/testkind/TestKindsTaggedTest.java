package io.fpsh.testkind;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast loop ({@code -DexcludedGroups=tmux,sshd,realtool,jvm,netns}) stays fast only if every test that needs
 * one of those things says so: a test source that uses a slow helper carries the kind's annotation (on the class,
 * or on the method that uses it).
 */
class TestKindsTaggedTest {
    private static final Map<Pattern, String> NEEDS = Map.of(
            Pattern.compile("TmuxScreen\\.start"), "@Tmux",
            Pattern.compile("FpshProcess\\.(run|command|labCommand|runOnLab)"), "@ExtraJvm",
            Pattern.compile("\\b(OpenSsh|OpenSshServer|SshAgentProcess)\\.|\"ssh-keygen\""), "@Sshd",
            Pattern.compile("\"netns\"|\"unshare\""), "@Netns",
            Pattern.compile("RealCurl\\.run|LocalTools\\.run|Captured\\.real|TestLabs\\.run|HostBash\\.run"), "@RealTool");

    @Test
    void everyTestThatUsesASlowHelperCarriesItsKind() throws IOException {
        List<String> untagged = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/java"), Path.of("../shell/src/test/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Test.java")).toList()) {
                    String source = Files.readString(file);
                    NEEDS.forEach((use, tag) -> {
                        if (use.matcher(source).find() && !source.contains(tag + "\n")) {
                            untagged.add(file.getFileName() + " needs " + tag);
                        }
                    });
                }
            }
        }
        untagged.sort(null);
        assertEquals(List.of(), untagged);
    }
}
