package io.fpsh.tools.curl;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * curl's progress meter, drawn on stderr when the body does not go to a terminal: a two-line header, then one
 * {@code \r}-started line whenever the wall-clock second changes (so a first line at once, and about one a second
 * while a transfer waits), and a last line ended by a newline when a response is done or the transfer fails after
 * name resolution. Redirected requests restart the byte counts, not the clock.
 */
final class ProgressMeter {

    private static final String HEADER =
            "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
            + "                                 Dload  Upload   Total   Spent    Left  Speed\n";

    private final GuardedOutput io;
    private final boolean enabled;
    private final LongSupplier wallMillis;
    private final long startNanos = System.nanoTime();
    private final CurrentSpeed currentSpeed = new CurrentSpeed();
    private boolean started;
    /** True once the current request's last line is out: failures after it add none. */
    private boolean requestDone;
    private long lastShownSecond = Long.MIN_VALUE;
    private long downloaded;
    private long expected = -1;
    /** The request body (-d): its size is known, and it is counted once the reply starts. */
    private long uploaded;

    ProgressMeter(GuardedOutput io, boolean enabled) {
        this(io, enabled, System::currentTimeMillis);
    }

    ProgressMeter(GuardedOutput io, boolean enabled, LongSupplier wallMillis) {
        this.io = io;
        this.enabled = enabled;
        this.wallMillis = wallMillis;
    }

    boolean isEnabled() {
        return enabled;
    }

    /** The header and the first (all-zero) line. */
    synchronized void start() {
        if (!enabled || started) return;
        started = true;
        io.error(HEADER);
        tick();
    }

    /** Redraws if the wall-clock second changed since the last line, as curl's once-a-second update. */
    synchronized void tick() {
        if (!started || requestDone) return;
        long second = Math.floorDiv(wallMillis.getAsLong(), 1000);
        if (second == lastShownSecond) return;
        lastShownSecond = second;
        currentSpeed.sample(elapsedMicros(), downloaded + uploaded);
        io.error("\r" + line());
    }

    synchronized void expectedSize(long bytes) {
        expected = bytes;
    }

    synchronized void sent(long bytes) {
        uploaded += bytes;
    }

    synchronized void received(long bytes) {
        downloaded += bytes;
        tick();
    }

    /** The response is complete (or the transfer failed): the last line, then a newline. */
    synchronized void finishRequest() {
        if (!started || requestDone) return;
        requestDone = true;
        io.error("\r" + line() + "\n");
    }

    /** A redirect: the next request starts from zero bytes on the same clock. */
    synchronized void nextRequest() {
        requestDone = false;
        downloaded = 0;
        uploaded = 0;
        expected = -1;
    }

    private String line() {
        long micros = elapsedMicros();
        long downSpeed = speed(downloaded, micros);
        long upSpeed = speed(uploaded, micros);
        long current = currentSpeed.value(downSpeed + upSpeed);
        boolean sizeKnown = expected >= 0;
        long downEstimate = sizeKnown && downSpeed > 0 ? expected / downSpeed : 0;
        long upEstimate = upSpeed > 0 ? uploaded / upSpeed : 0;
        long estimateSeconds = Math.max(downEstimate, upEstimate);
        long spentSeconds = micros / 1_000_000;
        // the "Received" percentage needs a known size; the overall one compares with what came when it is unknown
        long receivedPercent = sizeKnown ? percent(downloaded, expected) : 0;
        long total = (sizeKnown ? expected : downloaded) + uploaded;
        return String.format(Locale.ROOT, "%3d %s  %3d %s  %3d %s  %s  %s %s %s %s %s",
                percent(downloaded + uploaded, total), SizeText.of(total), receivedPercent, SizeText.of(downloaded),
                uploaded > 0 ? 100 : 0, SizeText.of(uploaded),
                SizeText.of(downSpeed), SizeText.of(upSpeed),
                DurationText.of(estimateSeconds), DurationText.of(spentSeconds),
                DurationText.of(estimateSeconds > 0 ? estimateSeconds - spentSeconds : 0), SizeText.of(current));
    }

    private static long speed(long bytes, long micros) {
        return micros < 1 ? bytes * 1_000_000 : bytes * 1_000_000 / micros;
    }

    /** curl divides first for large sizes so that the product cannot overflow. */
    private static long percent(long done, long total) {
        if (total > 10_000) return done / (total / 100);
        return total > 0 ? done * 100 / total : 0;
    }

    /**
     * Keeps the meter moving while the transfer is blocked (connecting, waiting for a reply): curl's loop wakes at
     * least once a second. Close it when the transfer ends.
     */
    Ticker ticking() {
        if (!enabled) return () -> { };
        Thread ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(50);
                    tick();
                }
            } catch (InterruptedException e) {
                // the transfer is over
            }
        }, "fpsh-curl-meter");
        ticker.setDaemon(true);
        ticker.start();
        return ticker::interrupt;
    }

    /** Stops the once-a-second redraws. */
    interface Ticker extends AutoCloseable {
        @Override
        void close();
    }

    private long elapsedMicros() {
        return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - startNanos);
    }
}
