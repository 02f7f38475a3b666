package io.fpsh.tools.curl;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meter's columns and when it redraws (the wall-clock second changing), without a network. */
class CurlProgressMeterTest {

    @Test
    void sizesUseCurlsSuffixes() {
        assertEquals("    0", SizeText.of(0));
        assertEquals("99999", SizeText.of(99_999));
        assertEquals("  97k", SizeText.of(100_000));
        assertEquals("9999k", SizeText.of(10_000L * 1024 - 1));
        assertEquals(" 9.7M", SizeText.of(10_240_000));
        assertEquals("1024M", SizeText.of(1L << 30));
        assertEquals(" 9.7G", SizeText.of(10_000L * 1024 * 1024));
        assertEquals(" 120G", SizeText.of(120L * 1024 * 1024 * 1024));
    }

    @Test
    void timesAreBlankUntilASecondPassed() {
        assertEquals("--:--:--", DurationText.of(0));
        assertEquals(" 0:00:01", DurationText.of(1));
        assertEquals(" 1:01:01", DurationText.of(3661));
        assertEquals("99:00:05", DurationText.of(99 * 3600 + 5));
        assertEquals("  5d 03h", DurationText.of(5 * 86_400 + 3 * 3600 + 5));
    }

    @Test
    void redrawsOncePerWallClockSecondAndEndsWithANewline() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true);
        AtomicLong wall = new AtomicLong(5_000);
        ProgressMeter meter = new ProgressMeter(new GuardedOutput(stream, stream), true, wall::get);

        meter.start();
        meter.tick();
        wall.set(5_999);
        meter.tick();
        String zero = "\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0";
        assertTrue(err.toString(StandardCharsets.US_ASCII).endsWith("Speed\n" + zero), err::toString);

        wall.set(6_000);
        meter.expectedSize(9);
        meter.received(9);
        String text = err.toString(StandardCharsets.US_ASCII);
        assertEquals(2, text.split("\r", -1).length - 1, text);
        assertTrue(text.substring(text.lastIndexOf('\r')).startsWith("\r100     9  100     9    0     0"), text);

        meter.finishRequest();
        meter.finishRequest();
        assertTrue(err.toString(StandardCharsets.US_ASCII).endsWith("\n"));
        assertEquals(3, err.toString(StandardCharsets.US_ASCII).split("\r", -1).length - 1);
    }
}
