package io.fpsh.shell;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code :lab answer} and the tutorial's steps in piped input and {@code -c}, fpsh run in this JVM on the shipped labs:
 * answers counted, matched or not, never shown back; the steps a pipe can walk met, TAB's left to a terminal.
 */
class LabAnswerPipedTest {

    private static String piped(String lab, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--lab", lab}, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                DeviceOpener.standard(), false);
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answersAreCountedMatchedClearedByResetAndNeverShown() {
        String out = piped("ftd01-cert-expired", String.join("\n",
                ":lab answer",
                ":lab answer the DNS server is dead",
                ":lab check",
                ":lab",
                ":lab answer The servers' certificate has expired",
                ":lab answer something else",
                ":lab check",
                ":lab reset",
                ":lab check",
                ":lab answer a clock problem",
                ""));
        assertTrue(out.contains("> :lab answer\nfpsh: usage: :lab answer TEXT (the cause you found, in a few words)\n"), out);
        assertTrue(out.contains("> :lab answer the DNS server is dead\nNot accepted (attempt 1). Look again"), out);
        assertTrue(out.contains("> :lab check\n1. you stated the fault's cause (:lab answer TEXT): not met\n"
                + "1 of 1 objectives not met.\n"), out);
        assertTrue(out.contains("> :lab answer The servers' certificate has expired\nAccepted (attempt 2): that is the cause.\n"), out);
        assertTrue(out.contains("> :lab answer something else\nNot accepted (attempt 3); an earlier answer was."), out);
        assertTrue(out.contains("> :lab check\n1. you stated the fault's cause (:lab answer TEXT): met\nAll objectives met.\n"), out);
        assertTrue(out.contains("Lab ftd01-cert-expired reset: the device is as planted.\n> :lab check\n"
                + "1. you stated the fault's cause (:lab answer TEXT): not met\n"), out);
        assertTrue(out.contains("> :lab answer a clock problem\nNot accepted (attempt 1)."), "counted afresh: " + out);
        // the heading names the lab (ftd01-cert-expired); below it, the story, objectives and hints count
        String overview = out.substring(out.indexOf("> :lab\nftd01-cert-expired: "), out.indexOf("> :lab answer The"));
        String below = overview.substring(overview.indexOf("\n\n"));
        assertTrue(below.contains("Objectives:\n  1. you stated the fault's cause (:lab answer TEXT): not met\n"), below);
        assertFalse(below.toLowerCase().contains("expired") || below.contains("CERT-"), "no cause shown: " + below);
    }

    @Test
    void aLabWhoseObjectivesAreOnTheDeviceTakesNoAnswer() {
        String out = piped("ftd01-dns", ":lab answer the DNS server is dead\n");
        assertTrue(out.contains("fpsh: lab ftd01-dns asks for no answer: its objectives are on the device\n"), out);
    }

    @Test
    void theTutorialsStepsWalkedThroughAPipeAllButTab() {
        String out = piped("ftd01-tutorial", String.join("\n",
                ":lab check",
                "show ?",
                "sh ver",
                "expert",
                "sudo su -",
                "Admin123",
                "curl -s -k -o /dev/null https://api-sse.cisco.com",
                "exit",
                "exit",
                ":lab check",
                ""));
        assertTrue(out.contains("> :lab check\n1. you listed what may come next with ? at the clish: not met\n"), out);
        assertTrue(out.contains("7 of 7 objectives not met.\n"), out);
        String after = out.substring(out.lastIndexOf("> :lab check"));
        assertEquals("> :lab check\n"
                + "1. you listed what may come next with ? at the clish: met\n"
                + "2. you completed a word with Tab: not met\n"
                + "3. you ran a clish command typed in abbreviated words (sh for show): met\n"
                + "4. you entered expert mode: met\n"
                + "5. you became root: met\n"
                + "6. the device's curl got an HTTP answer from an SSE host over TLS: met\n"
                + "7. you came back out of the Linux shell to the clish: met\n"
                + "1 of 7 objectives not met.\n> \n", after);
    }

    @Test
    void helpAndAbbreviationsCountInDashC() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--lab", "ftd01-tutorial", "-c", "show ?; sh ver; :lab check"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), DeviceOpener.standard(), false);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, "the check's status: not all met. " + text);
        assertTrue(text.contains("1. you listed what may come next with ? at the clish: met\n"), text);
        assertTrue(text.contains("3. you ran a clish command typed in abbreviated words (sh for show): met\n"), text);
        assertTrue(text.contains("5 of 7 objectives not met.\n"), text);
    }
}
