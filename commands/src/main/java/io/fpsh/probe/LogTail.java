package io.fpsh.probe;

import java.util.List;

/**
 * How much of a device log the log probes read: its last {@value #LINES} lines ({@code tail -n 200}). A real log
 * grows to megabytes; 200 lines of the connector's retries (one about every 4.5 minutes) reach back some 14 hours,
 * enough to see when a fault began, and keep the answer small and its one round trip quick.
 */
public final class LogTail {
    public static final int LINES = 200;

    private LogTail() {}

    /** The last {@value #LINES} items, as {@code tail -n 200} keeps the last lines. */
    public static <T> List<T> last(List<T> items) {
        return List.copyOf(items.subList(Math.max(0, items.size() - LINES), items.size()));
    }
}
