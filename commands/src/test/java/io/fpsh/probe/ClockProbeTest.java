package io.fpsh.probe;

import io.fpsh.drive.Credentials;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.testkind.RealTool;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** clock: the device's time against the runner's; on a lab the runner stands on the lab's network. */
class ClockProbeTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Test
    void theSkewedLabsClockIsTwoYearsAheadOfItsNetwork() throws Exception {
        ClockReading reading = readOn("ftd01-clock-skew");
        assertEquals(730L * 86_400, reading.skewSeconds());
        assertTrue(reading.deviceTime().toString().startsWith("2022-04-08T"), reading::toString);
        assertTrue(reading.runnerTime().toString().startsWith("2020-04-08T"), reading::toString);
    }

    /** The expired certificate is the server's fault, not the clock's: that lab's clock agrees with its network. */
    @Test
    void theExpiredCertificateLabsClockIsRight() throws Exception {
        assertEquals(0, readOn("ftd01-cert-expired").skewSeconds());
    }

    /** The line sent works on a real GNU date, to the nanosecond: against this machine's clock it is no skew at all. */
    @Test
    @RealTool
    void theRealDatesAnswerReadsAsNoSkew() throws Exception {
        List<String> command = List.of("date", "-u", new ClockProbe().command(List.of()).split(" ")[2]);
        Process date = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(date.waitFor(10, TimeUnit.SECONDS));
        String output = new String(date.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ClockReading reading = new ClockProbe().parse(new ProbeOutput(output, date.exitValue(), Instant.now()), List.of());
        assertTrue(Math.abs(reading.skewSeconds()) <= 1, output);
        assertTrue(output.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z\n"), output);
    }

    @Test
    void theSkewIsRoundedToTheNearestSecondEitherWay() {
        Instant runner = Instant.parse("2020-04-08T01:20:00Z");
        assertEquals(0, ClockReading.of(runner.plusMillis(499), runner).skewSeconds());
        assertEquals(1, ClockReading.of(runner.plusMillis(500), runner).skewSeconds());
        assertEquals(0, ClockReading.of(runner.minusMillis(499), runner).skewSeconds());
        assertEquals(-1, ClockReading.of(runner.minusMillis(501), runner).skewSeconds());
        assertEquals(-63_072_000, ClockReading.of(runner.minus(Duration.ofDays(730)), runner).skewSeconds());
    }

    @Test
    void somethingElseThanADateIsAParseErrorQuotingTheLine() {
        ProbeParseException garbled = assertThrows(ProbeParseException.class, () -> new ClockProbe().parse(
                new ProbeOutput("Wed Apr  8 01:27:55 UTC 2020\n", 0), List.of()));
        assertEquals("clock: line 1: not a UTC date and time (YYYY-MM-DDTHH:MM:SS.NZ): 'Wed Apr  8 01:27:55 UTC 2020'",
                garbled.getMessage());
        assertThrows(ProbeParseException.class, () -> new ClockProbe().parse(new ProbeOutput("", 0), List.of()));
    }

    private static ClockReading readOn(String lab) throws Exception {
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read(lab));
             DeviceDriver driver = new DeviceDriver(ftd, Credentials.none())) {
            ProbeResult result = ProbeRunner.run(new ClockProbe(), List.of(), driver, DEADLINE);
            assertEquals(ProbeStatus.OK, result.status(), result::error);
            assertEquals(new ClockProbe().command(List.of()), result.evidence().sent(), "the line sent, unmasked");
            return (ClockReading) result.record();
        }
    }
}
