package io.fpsh.shell;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Main#run} with a replaced {@link DeviceOpener}: no subprocess needed. */
class MainInProcessTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int fpsh(String stdin, String... args) {
        return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                FakeDevice::new, false);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void labListPutsTheNameFirst() {
        assertEquals(0, fpsh("", "lab", "list"));
        assertTrue(out().startsWith("ftd01-dns "), out());
    }

    @Test
    void targetSwitchesTheDeviceAndReportsFailuresInOneLine() {
        assertEquals(0, fpsh(":target lab:other\n:target lab:nosuch\n:target\n:help\n"));
        assertTrue(out().contains("> :target lab:other\n" + FakeDevice.BANNER + "> "), out());
        assertTrue(out().contains("fpsh: unknown lab 'nosuch' (fpsh lab list shows the shipped labs)\n"), out());
        assertTrue(out().contains("fpsh: usage: :target lab:NAME|FILE (now lab:other)\n"), out());
        assertTrue(out().contains(":labs"), out());
    }

    @Test
    void ownCommandsWorkUnderDashCToo() {
        assertEquals(0, fpsh("", "-c", ":labs; :exit; show version"));
        assertTrue(out().startsWith("ftd01-dns "), out());
        // :exit ended the session before show version (a lab's description may name a Firepower model)
        assertFalse(out().contains("UUID                      :"), out());
    }

    @Test
    void pipedAndDashCSessionsPrintNoModeHint() {
        assertEquals(0, fpsh("curl -v https://x\nexpert\nshow network\n"));
        assertTrue(out().contains("> curl -v https://x\nSyntax error: Illegal command line\n> expert\n"), out());
        assertFalse(out().contains("fpsh:") || err().contains("fpsh:"), out() + err());
        fpsh("", "-c", "curl -v https://x");
        assertFalse(out().contains("fpsh:") || err().contains("fpsh:"), out() + err());
    }

    @Test
    void internalErrorsAreOneLine() {
        int status = Main.run(new String[] {"-c", "x"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                spec -> { throw new IllegalStateException("boom\nsecond line"); }, false);
        assertEquals(70, status);
        assertEquals("fpsh: internal error: boom\n", err());
    }

    @Test
    void versionAndHelpGoToStdout() {
        assertEquals(0, fpsh("", "--version"));
        assertTrue(out().startsWith("fpsh "), out());
        assertEquals(0, fpsh("", "--help"));
        assertTrue(out().contains("Usage: fpsh"), out());
    }

    @Test
    void theLabAndClassroomSubcommandsHaveTheirOwnHelp() {
        for (String[] command : new String[][] {{"lab", "list"}, {"lab", "show"}, {"lab", "test"},
                {"classroom", "status"}, {"classroom", "report"}}) {
            String[] args = {command[0], command[1], "--help"};
            out.reset();
            assertEquals(0, fpsh("", args), String.join(" ", args) + ": " + err());
            assertTrue(out().startsWith("Usage: fpsh " + command[0] + " " + command[1] + " "), out());
        }
        out.reset();
        assertEquals(0, fpsh("", "lab", "test", "--help"));
        assertTrue(out().contains("Exit status: 0 when every step passed"), "lab test's footer: " + out());
    }

    @Test
    void completionPrintsTheScripts() {
        assertEquals(0, fpsh("", "completion", "zsh"));
        assertEquals(CompletionScripts.script(CompletionScripts.Shell.zsh), out());
    }

    @Test
    void anUnknownSubcommandIsOneLineAndStatusTwo() {
        assertEquals(2, fpsh("", "frobnicate"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("fpsh: "), err());
    }
}
