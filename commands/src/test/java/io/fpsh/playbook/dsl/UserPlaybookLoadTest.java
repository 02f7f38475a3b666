package io.fpsh.playbook.dsl;

import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookClassCache;
import io.fpsh.playbook.PlaybookLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's playbook file through {@link PlaybookLoader#file}: compiled once then taken from the cache, and every
 * way it can fail to load is one line naming the file (and the line where there is one), never a stack trace.
 */
class UserPlaybookLoadTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            playbook 'mine', 'my own check'
            finding 'MINE-1', title: 'something is off', impact: 'none', verdict: WARN, guide: 'none'
            step 'mine-one', 'the first', {
                reason 'fine'
            }
            """;

    @Test
    void compilesAUserFileOnceThenLoadsItFromTheCache() throws IOException {
        Path file = write("mine.groovy", GOOD);
        PlaybookClassCache cache = cache();

        Plan first = PlaybookLoader.file(file, cache, Duration.ofSeconds(10));
        assertEquals("mine", first.name());
        assertEquals(List.of("mine-one"), first.steps().stream().map(s -> s.id()).toList());
        assertEquals(1, entries(cache));

        // the entry for this source now holds another playbook's classes: a load that reads it says so
        Path other = write("other/mine.groovy", GOOD.replace("'mine', 'my own check'", "'swapped', 'from the cache'"));
        PlaybookLoader.file(other, cache, Duration.ofSeconds(10));
        String build = BuildStamp.current();
        byte[] source = Files.readAllBytes(file);
        cache.put(build, "mine.groovy", source, cache.get(build, "mine.groovy", Files.readAllBytes(other)).orElseThrow());
        assertEquals("swapped", PlaybookLoader.file(file, cache, Duration.ofSeconds(10)).name());
    }

    @Test
    void anEditedFileIsCompiledAgain() throws IOException {
        Path file = write("mine.groovy", GOOD);
        PlaybookClassCache cache = cache();
        assertEquals("mine", PlaybookLoader.file(file, cache, Duration.ofSeconds(10)).name());
        Files.writeString(file, GOOD.replace("'mine', 'my own check'", "'edited', 'after an edit'"));
        assertEquals("edited", PlaybookLoader.file(file, cache, Duration.ofSeconds(10)).name());
        assertEquals(2, entries(cache));
    }

    @Test
    void aUserFileIncludesAShippedPlaybookBeforeItsOwnSteps() throws IOException {
        Path file = write("more-dns.groovy", """
                playbook 'more-dns', 'the dns checks and one of mine'
                include 'dns'
                step 'more-dns-mine', 'mine', needs: ['dns-answers'], {
                    reason 'fine'
                }
                """);
        Plan plan = PlaybookLoader.file(file, cache(), Duration.ofSeconds(10));
        assertEquals(List.of("dns-servers", "dns-answers", "more-dns-mine"),
                plan.steps().stream().map(s -> s.id()).toList());
        assertTrue(plan.finding("DNS-SERVER-DEAD").isPresent());
    }

    @Test
    void aStepIdDeclaredTwiceIsRefused() throws IOException {
        Path file = write("twice.groovy", "playbook 'twice', 'x'\ninclude 'dns'\nstep 'dns-servers', 'again', { reason 'fine' }\n");
        assertEquals(file + ": step 'dns-servers' is declared twice (an include that another include already takes in?)",
                loadError(file));
    }

    @Test
    void aNeedNoStepDeclaresBeforeIsRefused() throws IOException {
        Path misspelt = write("misspelt.groovy", "playbook 'misspelt', 'x'\n"
                + "step 'mine-a', 'a', { reason 'fine' }\nstep 'mine-b', 'b', needs: ['mine-aa'], { reason 'fine' }\n");
        assertEquals(misspelt + ": step 'mine-b' needs 'mine-aa', which no step declares", loadError(misspelt));
        Path later = write("later.groovy", "playbook 'later', 'x'\n"
                + "step 'mine-b', 'b', needs: 'mine-a', { reason 'fine' }\nstep 'mine-a', 'a', { reason 'fine' }\n");
        assertEquals(later + ": step 'mine-b' needs 'mine-a', which is declared after it", loadError(later));
    }

    @Test
    void aSyntaxErrorIsOneLineWithFileLineAndColumn() throws IOException {
        Path file = write("broken.groovy", """
                playbook 'broken', 'a typo'
                step 'broken-one', 'unclosed', {
                    reason 'fine'
                """);
        String error = loadError(file);
        assertTrue(error.matches("\\Q" + file + "\\E:[2-4]:\\d+: .+"), error);
    }

    @Test
    void anUnknownMethodOfTheStepIsATypeErrorAtItsLineAndColumn() throws IOException {
        Path file = write("typo.groovy", """
                playbook 'typo', 'a misspelt probe'
                step 'typo-one', 'misspelt', {
                    nslookupp('api-sse.cisco.com')
                }
                """);
        String error = loadError(file);
        assertTrue(error.startsWith(file + ":3:5: "), error);
        assertTrue(error.contains("nslookupp"), error);
        assertFalse(error.contains("io.fpsh") || error.contains("[Static type checking]"), error);
    }

    @Test
    void severalErrorsNameTheFirstAndCountTheRest() throws IOException {
        Path file = write("two.groovy", """
                playbook 'two', 'two typos'
                step 'two-one', 'misspelt', {
                    nslookupp('a')
                    curll('b')
                }
                """);
        String error = loadError(file);
        assertTrue(error.startsWith(file + ":3:") && error.endsWith("(+1 more errors)"), error);
    }

    @Test
    void aFileThatNeverNamesItsPlaybookIsRefused() throws IOException {
        Path file = write("nameless.groovy", "step 'nameless-one', 'no name', { reason 'fine' }\n");
        assertEquals(file + ": not a playbook: its top level never says playbook 'NAME', 'SUMMARY'", loadError(file));
    }

    @Test
    void aFileOfClassesOnlyIsNotAPlaybook() throws IOException {
        Path file = write("classes.groovy", "class Helper {\n    int twice(int n) { n * 2 }\n}\n");
        String error = loadError(file);
        assertTrue(error.startsWith(file + ": not a playbook"), error);
    }

    @Test
    void aFileThatIsNotGroovyAtAllIsASyntaxErrorOnItsFirstLine() throws IOException {
        Path file = write("lab.groovy", "name: ftd01-dns\nplants: DNS-SERVER-DEAD\n");
        assertTrue(loadError(file).startsWith(file + ":1:"), loadError(file));
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = dir.resolve("absent.groovy");
        assertTrue(loadError(file).startsWith(file + ": cannot read"), loadError(file));
    }

    @Test
    void anExceptionAtTheTopLevelIsTheFilesErrorAtItsLine() throws IOException {
        Path file = write("throws.groovy", """
                playbook 'throws', 'fails while declaring'
                String count = 'many'
                int broken = Integer.parseInt(count)
                """);
        assertEquals(file + ":3: NumberFormatException: For input string: \"many\"", loadError(file));
    }

    @Test
    void includingAnUnknownPlaybookNamesTheLine() throws IOException {
        Path file = write("includes.groovy", "playbook 'includes', 'one more'\n\ninclude 'no-such-playbook'\n");
        assertEquals(file + ":3: unknown playbook 'no-such-playbook' (fpsh run lists them)", loadError(file));
    }

    @Test
    void anEndlessLoopAtTheTopLevelIsStoppedAtItsLine() throws IOException {
        Path file = write("spins.groovy", """
                playbook 'spins', 'never finishes declaring'
                long n = 0
                while (true) {
                    n++
                }
                """);
        PlaybookLoadException error = assertThrows(PlaybookLoadException.class,
                () -> PlaybookLoader.file(file, cache(), Duration.ofMillis(500)));
        assertTrue(error.getMessage().matches("\\Q" + file + "\\E:[345]: its top level still ran after 0 s.*"),
                error.getMessage());
    }

    @Test
    void systemExitIsRefusedAtCompileTime() throws IOException {
        for (String exit : List.of("System.exit(1)", "Runtime.getRuntime().halt(0)", "Runtime.runtime.exit(3)")) {
            Path file = write("exits.groovy", """
                    playbook 'exits', 'would end fpsh'
                    step 'exits-one', 'ends the process', {
                        %s
                    }
                    """.formatted(exit));
            String error = loadError(file);
            assertTrue(error.startsWith(file + ":3:5: ") && error.contains("would end fpsh"), exit + ": " + error);
        }
    }

    @Test
    void errorsAreNeverCached() throws IOException {
        PlaybookClassCache cache = cache();
        Path file = write("broken.groovy", "playbook 'broken', 'x'\nstep 'broken-one', 'y', {\n");
        assertThrows(PlaybookLoadException.class, () -> PlaybookLoader.file(file, cache, Duration.ofSeconds(10)));
        assertEquals(0, entries(cache));
    }

    private String loadError(Path file) {
        PlaybookLoadException error = assertThrows(PlaybookLoadException.class,
                () -> PlaybookLoader.file(file, cache(), Duration.ofSeconds(10)));
        String message = error.getMessage();
        assertFalse(message.contains("\n") || message.contains("\tat ") || message.contains("org.codehaus")
                || message.contains("groovy.lang") || message.contains("Exception:") && !message.contains("NumberFormatException"),
                message);
        return message;
    }

    private PlaybookClassCache cache() {
        return new PlaybookClassCache(dir.resolve("cache"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static long entries(PlaybookClassCache cache) throws IOException {
        if (!Files.isDirectory(cache.directory())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache.directory())) {
            return files.filter(f -> f.toString().endsWith(".bin")).count();
        }
    }
}
