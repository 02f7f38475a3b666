package io.fpsh.shell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The committed completion scripts must be what the current picocli model generates. */
class CompletionScriptsTest {
    private static final String REGENERATE =
            "run: mvn -q -B -pl shell package -DskipTests && java -cp shell/target/fpsh.jar io.fpsh.shell.CompletionScripts completions";

    @Test
    void committedScriptsAreUpToDate() throws IOException {
        Path completions = repositoryRoot().resolve("completions");
        for (CompletionScripts.Shell shell : CompletionScripts.Shell.values()) {
            Path file = completions.resolve(shell.fileName());
            if (!Files.exists(file)) {
                fail("missing " + file + ": " + REGENERATE);
            }
            String committed = Files.readString(file, StandardCharsets.UTF_8);
            if (!committed.equals(CompletionScripts.script(shell))) {
                fail("stale: " + file + " differs from the generated script; " + REGENERATE);
            }
        }
    }

    @Test
    void zshScriptLoadsBashCompletionFirst() {
        String zsh = CompletionScripts.script(CompletionScripts.Shell.zsh);
        assertTrue(zsh.indexOf("bashcompinit && bashcompinit") < zsh.indexOf("_complete_fpsh"), zsh);
    }

    /** The folder above the working directory (surefire runs in shell/) that holds the parent pom and shell/. */
    static Path repositoryRoot() {
        Path directory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("shell"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no repository root (pom.xml next to shell/) above " + directory);
    }
}
