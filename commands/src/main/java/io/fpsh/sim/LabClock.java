package io.fpsh.sim;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * The device's time: it starts at the lab's instant and advances with real time, or stays pinned there (golden
 * tests pin it with {@code FPSH_PIN_CLOCK=1}). Every date, log line, certificate check and schedule reads it.
 */
public final class LabClock implements Supplier<Instant> {
    private final Instant start;
    private final long startNanos = System.nanoTime();
    private final boolean pinned;

    public LabClock(Instant start, boolean pinned) {
        this.start = start;
        this.pinned = pinned;
    }

    /** A clock pinned when the environment asks for it. */
    public static LabClock fromEnvironment(Instant start) {
        return new LabClock(start, "1".equals(System.getenv("FPSH_PIN_CLOCK")));
    }

    public Instant now() {
        return pinned ? start : start.plusNanos(System.nanoTime() - startNanos);
    }

    @Override
    public Instant get() {
        return now();
    }

    public Instant start() {
        return start;
    }

    public boolean pinned() {
        return pinned;
    }
}
