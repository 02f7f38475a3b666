package io.fpsh.playbook.fleet;

import io.fpsh.playbook.DeviceReport;
import io.fpsh.playbook.Verdict;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fleet run's counts as it goes, and its progress bar: done (of them failed: anything worse than WARN), running,
 * devices per second, and the time left at that rate.
 */
public final class FleetProgress implements FleetListener {
    private static final int BAR = 24;

    private final int total;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    public FleetProgress(int total) {
        this.total = total;
    }

    @Override
    public void started(InventoryHost host) {
        running.incrementAndGet();
    }

    @Override
    public void finished(InventoryHost host, DeviceReport report) {
        if (report.verdict().rank() > Verdict.WARN.rank()) {
            failed.incrementAndGet();
        }
        done.incrementAndGet();
        running.updateAndGet(n -> Math.max(0, n - 1));
    }

    public int done() {
        return done.get();
    }

    /** One line, no newline: {@code [#########...........]  90/200 done, 12 failed, 32 running, 41.3/s, ~3 s left}. */
    public String line() {
        int finished = done.get();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = seconds > 0 ? finished / seconds : 0;
        int filled = total == 0 ? BAR : (int) ((long) BAR * finished / total);
        String left = finished == 0 || rate == 0 ? "?" : "~" + Math.round((total - finished) / rate) + " s";
        return String.format(Locale.ROOT, "[%s%s] %d/%d done, %d failed, %d running, %.1f/s, %s left",
                "#".repeat(filled), ".".repeat(BAR - filled), finished, total, failed.get(), running.get(), rate, left);
    }
}
