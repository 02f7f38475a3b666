package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * less and vi where the session has no terminal to draw on (piped input, {@code -c}): less prints the file as the
 * real less does off a terminal, vi says in vim's words that its output is no terminal and returns at once, and the
 * lines after them still run. fpsh itself in this JVM on the default lab.
 */
class FullScreenToolsLineModeTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int fpsh(String stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lab";
        all[1] = FastLab.write(folder, "ftd01-dns").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                DeviceOpener.standard(), false);
    }

    @Test
    @Timeout(60)
    void pipedLessPrintsAndViRefusesWithoutWaiting() {
        assertEquals(0, fpsh("expert\ncd /tmp\necho -e 'first\\nsecond' > f.txt\nvi f.txt; echo \"vi said $?\"\n"
                + "less f.txt\necho after\n"));
        String shown = out.toString(StandardCharsets.UTF_8);
        // a piped session's transcript has the errors in their place among the lines
        assertTrue(shown.contains("$ vi f.txt; echo \"vi said $?\"\nVim: Warning: Output is not to a terminal\nvi said 1\n"),
                shown);
        assertTrue(shown.contains("$ less f.txt\nfirst\nsecond\n"), shown);
        assertTrue(shown.contains("$ echo after\nafter\n"), shown);
    }

    @Test
    @Timeout(60)
    void dashCGivesTheSameLineModeAnswers() {
        fpsh("", "-c", "expert; vim /etc/hosts; less /etc/hosts | head -1; less /etc/hosts > /tmp/copy; cat /tmp/copy");
        assertEquals("Vim: Warning: Output is not to a terminal\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("*****\n127.0.0.1\tlocalhost\n127.0.0.1\tlocalhost\n"
                + "192.0.2.27\tftd01\n"), out.toString(StandardCharsets.UTF_8));
    }
}
