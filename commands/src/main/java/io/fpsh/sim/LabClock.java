package io.fpsh.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The device's time: it starts at the lab's instant and advances with real time, or stays pinned there (golden
 * tests pin it with {@code FPSH_PIN_CLOCK=1}). Every date, log line, certificate check and schedule reads it.
 * A test hands its own to the lab ({@code new SimulatedFtd(lab, clock)}) and {@link #advance}s it rather than
 * sleeping until the next scheduled run.
 */
public final class LabClock implements Supplier<Instant> {
    private final Instant start;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private final boolean pinned;
    private final Sleeper sleeper;
    /** Lab time skipped by {@link #advance}, on top of the real time passed. */
    private final AtomicLong skippedNanos = new AtomicLong();
    /** How far the device's clock was stepped ({@link #step}), start and now alike: an NTP sync's correction. */
    private final AtomicLong steppedNanos = new AtomicLong();

    /** How a {@link #pause} passes: real time for a running clock, a test's own for one it drives by hand. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public LabClock(Instant start, boolean pinned) {
        this(start, pinned, System::nanoTime);
    }

    /** A clock driven by {@code nanoTime}: tests advance lab time by hand with it. */
    public LabClock(Instant start, boolean pinned, LongSupplier nanoTime) {
        this(start, pinned, nanoTime, duration -> Thread.sleep(duration.toMillis()));
    }

    /** A clock driven by {@code nanoTime}, whose pauses {@code sleeper} makes (a test's advances its nanoTime). */
    public LabClock(Instant start, boolean pinned, LongSupplier nanoTime, Sleeper sleeper) {
        this.start = start;
        this.pinned = pinned;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.sleeper = sleeper;
    }

    /** A clock pinned when the environment asks for it. */
    public static LabClock fromEnvironment(Instant start) {
        return new LabClock(start, "1".equals(System.getenv("FPSH_PIN_CLOCK")));
    }

    public Instant now() {
        long passed = pinned ? 0 : nanoTime.getAsLong() - startNanos;
        return start.plusNanos(passed + skippedNanos.get() + steppedNanos.get());
    }

    /**
     * Steps the clock by {@code by}, as ntpd steps a clock that is far off: its start moves with it, so what was
     * reckoned from the start (the logs' history) is reckoned in the new time. Undone by {@link #rewind}.
     */
    public void step(Duration by) {
        steppedNanos.addAndGet(by.toNanos());
    }

    /** Moves lab time on by {@code duration} at once, pinned or not: the schedules and logs see it passed. */
    public void advance(Duration duration) {
        skippedNanos.addAndGet(duration.toNanos());
    }

    /** Lab time back to the lab's start from now on, as the lab began, any step undone (a lesson's {@code :lab reset}). */
    public void rewind() {
        long passed = pinned ? 0 : nanoTime.getAsLong() - startNanos;
        skippedNanos.set(-passed);
        steppedNanos.set(0);
    }

    @Override
    public Instant get() {
        return now();
    }

    public Instant start() {
        return start.plusNanos(steppedNanos.get());
    }

    public boolean pinned() {
        return pinned;
    }

    /**
     * Lets {@code duration} of lab time pass, as a program's fixed delay does (pam's 2 s after a wrong password).
     * A pinned clock never moves, so there it passes at once: transcripts stay reproducible and quick.
     */
    public void pause(Duration duration) throws InterruptedException {
        if (!pinned) {
            sleeper.sleep(duration);
        }
    }
}
