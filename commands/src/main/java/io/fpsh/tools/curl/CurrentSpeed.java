package io.fpsh.tools.curl;

/**
 * The meter's "Current Speed": bytes over the last few seconds, from one sample per redrawn line (curl keeps six).
 * Until there are two samples it is the average speed.
 */
final class CurrentSpeed {

    private static final int SAMPLES = 6;

    private final long[] micros = new long[SAMPLES];
    private final long[] bytes = new long[SAMPLES];
    private int count;
    private long value = -1;

    void sample(long elapsedMicros, long downloaded) {
        int now = count % SAMPLES;
        micros[now] = elapsedMicros;
        bytes[now] = downloaded;
        count++;
        if (count < 2) {
            value = -1;
            return;
        }
        int oldest = count >= SAMPLES ? count % SAMPLES : 0;
        long spanMillis = Math.max(1, (micros[now] - micros[oldest]) / 1000);
        value = (bytes[now] - bytes[oldest]) * 1000 / spanMillis;
    }

    /** The current speed, or {@code average} while fewer than two samples exist. */
    long value(long average) {
        return value < 0 ? average : value;
    }
}
