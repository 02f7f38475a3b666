package io.fpsh.drive;

import io.fpsh.device.Mode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A command's captured text reads as the screen shows it: carriage returns and backspaces overprint, never stay. */
class ScreenTextTest {

    private static CommandResult completed(String output) {
        return new CommandResult("curl -k -o /dev/null https://x", Mode.EXPERT, output, "", output, 0, Duration.ZERO,
                CommandResult.Outcome.COMPLETED, null);
    }

    @Test
    void curlsProgressMeterLeavesItsLastStateOnly() {
        // as curl 7.x redraws its meter: CR, the whole line again, newline at the end
        String meter = "  % Total    % Received\n"
                + "\r  0     0    0     0\r100     9  100     9\n"
                + "curl: (22) The requested URL returned error: 403\n";
        CommandResult result = completed(meter);
        assertEquals("  % Total    % Received\n100     9  100     9\ncurl: (22) The requested URL returned error: 403\n",
                result.output());
        assertEquals(result.output(), result.stderr());
    }

    @Test
    void aShorterRedrawKeepsTheEndOfTheLongerLineAsATerminalDoes() {
        assertEquals("XYcdef\n", ScreenText.of("abcdef\rXY\n"));
        assertEquals("aXc\n", ScreenText.of("abc\b\bX\n"), "backspaces move back over what stays");
        assertEquals("a\u0007b", ScreenText.of("a\u0007b"), "other characters are the device's business");
    }

    @Test
    void crlfLineEndsAndTextWithoutControlsAreUnchanged() {
        assertEquals("one\ntwo\n", ScreenText.of("one\r\ntwo\r\n"));
        assertEquals("plain\ntext", ScreenText.of("plain\ntext"));
        assertEquals("", ScreenText.of(""));
    }
}
