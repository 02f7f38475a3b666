package io.fpsh.playbook.fleet;

import java.time.Duration;

/**
 * How a fleet is run, beside each device's {@link io.fpsh.playbook.RunOptions} (its per-command time-out and budget).
 *
 * @param parallel    how many devices run at once ({@code --parallel N})
 * @param runDeadline the most the whole run may take: a device not started by then is TIMEOUT without being
 *                    reached, and one running gets only what is left of it as its budget
 */
public record FleetOptions(int parallel, Duration runDeadline) {
    public static final int DEFAULT_PARALLEL = 8;
    public static final int MAX_PARALLEL = 1024;

    public FleetOptions {
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw new IllegalArgumentException("--parallel " + parallel + ": give 1 to " + MAX_PARALLEL);
        }
    }
}
