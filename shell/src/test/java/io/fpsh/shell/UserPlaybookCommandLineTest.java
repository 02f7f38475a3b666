package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fpsh run FILE.groovy} as a process on a lab: a file that cannot load is one line and exit 2, an exception
 * in a step is that step's ERROR with the file and line and exit 3, never a stack trace; the second run of a file
 * reads its compiled classes from the cache.
 */
@ExtraJvm
class UserPlaybookCommandLineTest {

    @Test
    void aFileThatDoesNotCompileIsOneLineAndExitTwo() throws Exception {
        Path home = FpshProcess.tempHome();
        Path file = Files.writeString(home.resolve("typo.groovy"), """
                playbook 'typo', 'a misspelt probe'
                step 'typo-one', 'misspelt', {
                    nslookupp('api-sse.cisco.com')
                }
                """);
        FpshProcess.Result result = run(home, file);
        assertEquals(2, result.exitStatus(), result::toString);
        assertOneLineWithoutTrace(result.err());
        assertTrue(result.err().contains(file + ":3:5: "), result.err());
    }

    @Test
    void systemExitIsRefusedBeforeAnythingRuns() throws Exception {
        Path home = FpshProcess.tempHome();
        Path file = Files.writeString(home.resolve("exits.groovy"), """
                playbook 'exits', 'would end fpsh'
                step 'exits-one', 'ends the process', {
                    System.exit(0)
                }
                """);
        FpshProcess.Result result = run(home, file);
        assertEquals(2, result.exitStatus(), result::toString);
        assertOneLineWithoutTrace(result.err());
        assertTrue(result.err().contains(file + ":3:5: System.exit would end fpsh"), result.err());
    }

    @Test
    void anExceptionInAStepIsItsErrorWithFileAndLineAndExitThree() throws Exception {
        Path home = FpshProcess.tempHome();
        Path file = Files.writeString(home.resolve("boom.groovy"), """
                playbook 'boom', 'throws in a step'
                step 'boom-one', 'throws', {
                    throw new IllegalStateException("boom ${1 + 1}")
                }
                step 'boom-two', 'still runs', {
                    reason 'fine'
                }
                """);
        FpshProcess.Result first = run(home, file);
        assertEquals(3, first.exitStatus(), first::toString);
        String all = first.out() + first.err();
        assertTrue(all.contains("boom.groovy:3") && all.contains("IllegalStateException: boom 2"), all);
        assertFalse(all.contains("\tat ") || all.contains("org.codehaus"), all);

        try (Stream<Path> entries = Files.list(home.resolve(".fpsh/cache/playbooks"))) {
            assertEquals(1, entries.filter(f -> f.toString().endsWith(".bin")).count(), "compiled once, kept");
        }
        FpshProcess.Result second = run(home, file);
        assertEquals(3, second.exitStatus(), second::toString);
    }

    private static FpshProcess.Result run(Path home, Path file) throws IOException, InterruptedException {
        return FpshProcess.runOnLab(home, "", "run", file.toString(), "--target", "lab:ftd01-dns");
    }

    private static void assertOneLineWithoutTrace(String err) {
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("org.codehaus"), err);
    }
}
