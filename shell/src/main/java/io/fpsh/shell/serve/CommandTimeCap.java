package io.fpsh.shell.serve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * How long one served command may run ({@link ServeLimits#commandTime()}): a command still running at the cap is
 * stopped as on Ctrl-C, so {@code ping} without {@code -c}, {@code tail -f} or a loop left behind never holds the
 * server. While the student has the command's attention (a full-screen program, a question waiting for an answer)
 * it is not stopped: the cap is counted again from then.
 */
final class CommandTimeCap {
    /** One timer thread for every session: it only decides, the stop itself runs where {@code stop} sends it. */
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fpsh-serve-command-time");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration limit;
    private final BooleanSupplier studentHasIt;
    private final Runnable stop;
    private ScheduledFuture<?> pending;
    private boolean reached;

    CommandTimeCap(Duration limit, BooleanSupplier studentHasIt, Runnable stop) {
        this.limit = limit;
        this.studentHasIt = studentHasIt;
        this.stop = stop;
    }

    Duration limit() {
        return limit;
    }

    /** A command starts: its time runs from now. */
    synchronized void startCommand() {
        reached = false;
        pending = schedule();
    }

    /** The command ended; true when it was stopped at the cap. */
    synchronized boolean endCommand() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        boolean stopped = reached;
        reached = false;
        return stopped;
    }

    private ScheduledFuture<?> schedule() {
        return TIMERS.schedule(this::expired, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void expired() {
        synchronized (this) {
            if (pending == null) {
                return; // the command ended meanwhile
            }
            if (studentHasIt.getAsBoolean()) {
                pending = schedule();
                return;
            }
            pending = null;
            reached = true;
        }
        stop.run();
    }
}
