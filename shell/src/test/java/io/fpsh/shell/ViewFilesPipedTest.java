package io.fpsh.shell;

import io.fpsh.testkind.ExtraJvm;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code system support view-files} from piped input: its menu takes the next lines as answers, then the clish again. */
@ExtraJvm
class ViewFilesPipedTest {

    @Test
    void browsingTheLogsTakesTheAnswersAndComesBackToTheClish() throws Exception {
        String script = String.join("\n",
                "system support view-files",
                "connector",
                "s",
                "connector.log",
                "b",
                "b",
                "show time",
                "");
        FpshProcess.Result result = FpshProcess.runOnLab(FpshProcess.tempHome(), script, "--lab", "ftd01-dns");
        String out = result.out();
        assertTrue(out.contains("> system support view-files\n\n===View Logs===\n"), out);
        assertTrue(out.contains("Directory: /ngfw/var/log\n----------sub-dirs----------\nconnector\n"), out);
        assertTrue(out.contains("Directory: /ngfw/var/log/connector\n"), out);
        assertTrue(out.contains("level=") && out.contains("msg=\"[ftd01]"), "the connector log shown: " + out);
        assertTrue(out.contains("> show time\nUTC - "), out);
        assertFalse(out.contains("Syntax error"), "no answer was run as a clish command: " + out);
        assertEquals("", result.err());
        assertEquals(0, result.exitStatus());
    }
}
