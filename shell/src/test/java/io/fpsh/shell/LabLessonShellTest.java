package io.fpsh.shell;

import io.fpsh.shell.FpshProcess.Result;
import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code :lab} in piped input on the real default lab, as processes: the check follows the device's state (a fix
 * typed with a wrong address meets nothing, the guide's short form meets everything), reset brings the planted state
 * back, hints are counted, the solution shown where the lab allows it. {@code -c}: {@link LabLessonCommandTest}.
 */
@ExtraJvm
class LabLessonShellTest {
    private static final String FIVE_NOT_MET = "5 of 5 objectives not met.\n";
    private static final String FIRST_NOT_MET = "1. api-sse.cisco.com resolves through the device's DNS servers: not met\n";

    @Test
    void pipedCheckAfterAWrongFixTheRightOneAndAReset() throws Exception {
        Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), String.join("\n",
                ":lab check",
                "configure network dns servers 192.0.2.12",
                ":lab check",
                "configure network dns 192.0.2.11",
                ":lab check",
                "expert",
                ":lab reset",
                "cat /etc/resolv.conf",
                ":lab check",
                ""), "--lab", "ftd01-dns");
        assertEquals(0, result.exitStatus(), result.err());
        String out = result.out();
        assertTrue(out.contains("> :lab check\n" + FIRST_NOT_MET), out);
        assertTrue(out.contains("> configure network dns servers 192.0.2.12\n> :lab check\n" + FIRST_NOT_MET), out);
        int wrong = out.indexOf("192.0.2.12\n> :lab check");
        assertTrue(out.indexOf(FIVE_NOT_MET, wrong) > 0, "the wrong address meets nothing: " + out);
        String afterFix = out.substring(out.indexOf("> configure network dns 192.0.2.11\n"));
        assertTrue(afterFix.startsWith("> configure network dns 192.0.2.11\n> :lab check\n"
                + "1. api-sse.cisco.com resolves through the device's DNS servers: met\n"
                + "2. https://api-sse.cisco.com/providers/sse/services/registration/api/v2/clients answers the device's curl,"
                + " its chain verified by /ngfw/etc/ssl/connectorCA.pem: met\n"), afterFix);
        assertTrue(afterFix.contains(": met\nAll objectives met.\n"), afterFix);
        assertTrue(afterFix.contains("admin@ftd01:~$ :lab reset\nLab ftd01-dns reset: the device is as planted.\n"
                + "admin@ftd01:~$ cat /etc/resolv.conf\nnameserver 192.0.2.10\n"), "the session stays in expert: " + afterFix);
        assertTrue(afterFix.endsWith(FIVE_NOT_MET + "admin@ftd01:~$ \n"), afterFix);
    }

    @Test
    void hintsAreCountedAndTheOverviewAndSolutionFollow() throws Exception {
        Result result = FpshProcess.runOnLab(FpshProcess.tempHome(),
                ":lab\n:lab hint\n:lab hint\n:lab hint\n:lab hint\n:lab\n:lab solution\n:lab nonsense\n", "--lab", "ftd01-dns");
        String out = result.out();
        assertTrue(out.contains("> :lab\nftd01-dns: The DNS server that never answers\n\nThis FTD was added"), out);
        assertTrue(out.contains("Objectives:\n  " + FIRST_NOT_MET), out);
        assertTrue(out.contains("Hints: 0 of 3 given (:lab hint). Solution: allowed (:lab solution).\n"), out);
        assertTrue(out.contains("> :lab hint\nHint 1 of 3: Start where the guide starts"), out);
        assertTrue(out.contains("> :lab hint\nHint 2 of 3: "), out);
        assertTrue(out.contains("> :lab hint\nHint 3 of 3: "), out);
        assertTrue(out.contains("> :lab hint\nNo more hints: all 3 given.\n"), out);
        assertTrue(out.contains("Hints: 3 of 3 given. Solution: allowed (:lab solution).\n"), out);
        assertTrue(out.contains("> :lab solution\nSolution (the lines typed, in order; a question's answer is the line"
                + " after it):\n  configure network dns servers 192.0.2.11\n"), out);
        assertTrue(out.contains("> :lab nonsense\nfpsh: usage: :lab [hint|check|reset|solution|actions|answer TEXT]\n"), out);
    }
}
