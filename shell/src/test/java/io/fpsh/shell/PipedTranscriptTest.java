package io.fpsh.shell;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fpsh < script}: the transcript is what a person at a terminal would have seen, without ANSI codes. */
class PipedTranscriptTest {

    @Test
    void printsBannerPromptsEchoedLinesAndOutputAndHidesThePassword() throws Exception {
        Path home = FpshProcess.tempHome();
        String script = String.join("\n",
                "sh ver",
                "show bogus",
                "expert",
                "sudo su -",
                "Admin123",
                "whoami",
                "exit",
                "ls /nope",
                "exit",
                ":nonsense",
                "") ;
        FpshProcess.Result result = FpshProcess.run(home, script);
        String expected = FakeDevice.BANNER
                + "> sh ver\n"
                + "-------------------[ ftd01 ]--------------------\n" + FakeDevice.VERSION
                + "> show bogus\n"
                + "Syntax error: Illegal parameter\n"
                + "> expert\n"
                + "admin@ftd01:~$ sudo su -\n"
                + "Password: \n"
                + "root@ftd01:~# whoami\n"
                + "root\n"
                + "root@ftd01:~# exit\n"
                + "admin@ftd01:~$ ls /nope\n"
                + "ls: cannot access '/nope': No such file or directory\n"
                + "admin@ftd01:~$ exit\n"
                + "> :nonsense\n"
                + "fpsh: unknown command ':nonsense' (try :help)\n"
                + "> \n";
        assertEquals(expected, result.out());
        assertEquals("", result.err());
        assertEquals(0, result.exitStatus());
        assertFalse(result.out().contains("\u001b"), "no ANSI escapes in a piped transcript");
    }

    @Test
    void aPipedSessionEndsWithStatusZeroAtTheEndOfItsInputWhateverItRan() throws Exception {
        // as a terminal session ended with Ctrl-D: exit 42 only left expert mode, the clish then saw the end
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), "expert\nexit 42\n", "--lab", "ftd01-dns");
        assertTrue(result.out().endsWith("admin@ftd01:~$ exit 42\nlogout\n> \n"), result.out());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void exitAtTheClishEndsTheSessionWithoutAnotherPrompt() throws Exception {
        FpshProcess.Result result = FpshProcess.run(FpshProcess.tempHome(), "exit\nshow version\n");
        assertEquals(FakeDevice.BANNER + "> exit\n", result.out());
        assertEquals(0, result.exitStatus());
    }

    @Test
    void survivesLongLinesAndBinaryNoise() throws Exception {
        String noise = "x".repeat(100_000) + "\n\u0000\u0001\u001b[31m\u007f\uFFFD tail\n";
        FpshProcess.Result result = FpshProcess.run(FpshProcess.tempHome(), noise);
        assertEquals(0, result.exitStatus());
        assertEquals("", result.err());
        assertEquals(2, result.out().split("Syntax error: Illegal command line", -1).length - 1);
    }
}
