package io.fpsh.sim;

import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.sim.run.LabDevices;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A test hands the lab a clock and moves it on, instead of sleeping until lab time has passed. */
class LabClockTest {
    private static final Instant START = Instant.parse("2024-04-08T09:00:00Z");

    @Test
    void advanceMovesARunningClockOnAtOnceAndRealTimeKeepsFlowing() {
        AtomicLong nanos = new AtomicLong(5_000);
        LabClock clock = new LabClock(START, false, nanos::get);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(START.plus(Duration.ofMinutes(5)), clock.now());
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertEquals(START.plus(Duration.ofMinutes(5)).plusSeconds(2), clock.now());
    }

    @Test
    void aPinnedClockMovesOnlyWhenAdvanced() {
        LabClock clock = new LabClock(START, true);
        clock.advance(Duration.ofSeconds(61));
        assertEquals(START.plusSeconds(61), clock.now());
        assertEquals(START, clock.start(), "the lab's instant stays where the lab put it");
    }

    @Test
    void aLabOpenedWithAClockOfTheTestsReadsIt() throws Exception {
        LabClock clock = new LabClock(LabDevices.read("ftd01-dns").clock().start(), true);
        try (SimulatedFtd ftd = new SimulatedFtd(LabDevices.read("ftd01-dns"), clock)) {
            ScriptedIo.run(ftd, "expert", 0);
            String before = ScriptedIo.run(ftd, "date +%s", 0).stdout().strip();
            clock.advance(Duration.ofHours(1));
            String after = ScriptedIo.run(ftd, "date +%s", 0).stdout().strip();
            assertEquals(Long.parseLong(before) + 3600, Long.parseLong(after));
        }
    }
}
