package io.fpsh.ssh;

import java.time.Duration;

/** The moment a command must have brought its prompt back by; time spent waiting for the user does not count. */
final class Deadline {
    private final Duration length;
    private long endNanos;

    Deadline(Duration length) {
        this.length = length;
        this.endNanos = System.nanoTime() + length.toNanos();
    }

    long remainingNanos() {
        return endNanos - System.nanoTime();
    }

    void extend(long nanos) {
        endNanos += nanos;
    }

    /** {@code 60 s}, {@code 0.2 s}: the length for a message. */
    String describe() {
        return describe(length);
    }

    static String describe(Duration length) {
        long millis = length.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Thrown when the deadline passes with no prompt. */
    static final class Passed extends Exception {
        Passed() {
            super(null, null, false, false);
        }
    }
}
