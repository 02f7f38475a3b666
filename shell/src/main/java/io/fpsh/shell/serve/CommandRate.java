package io.fpsh.shell.serve;

import java.util.function.LongSupplier;

/**
 * The pace of one session's commands: a burst runs at once, then at most {@code perSecond} lines a second (a token
 * bucket). A client pasting 100 000 lines is slowed, never cut: every line still runs, and the server's other
 * sessions keep their share of the machine.
 */
final class CommandRate {
    private final double perNano;
    private final double burst;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;

    CommandRate(int perSecond, int burst, LongSupplier nanoClock) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.last = nanoClock.getAsLong();
    }

    CommandRate(ServeLimits limits) {
        this(limits.commandsPerSecond(), limits.commandBurst(), System::nanoTime);
    }

    /** How long the next line must wait, in nanoseconds (0: at once); the line is then counted. */
    synchronized long take() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
    }

    /** Waits the next line's turn. */
    void await() throws InterruptedException {
        long wait = take();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
