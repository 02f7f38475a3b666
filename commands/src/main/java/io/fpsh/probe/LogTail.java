package io.fpsh.probe;

import java.util.List;

/**
 * How much of a device log the log probes read: its last {@value #LINES} lines ({@code tail -n 200}). A real log
 * grows to megabytes; the last 200 lines hold a day of the connector's retries (one about every 4.5 minutes) and keep
 * the answer small and one round trip fast.
 */
public final class LogTail {
    public static final int LINES = 200;

    private LogTail() {}

    /** The last {@value #LINES} items, as {@code tail -n 200} keeps the last lines. */
    public static <T> List<T> last(List<T> items) {
        return List.copyOf(items.subList(Math.max(0, items.size() - LINES), items.size()));
    }
}
