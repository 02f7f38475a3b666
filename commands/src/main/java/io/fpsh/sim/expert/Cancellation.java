package io.fpsh.sim.expert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The Ctrl-C of one shell run: a flag commands poll, plus actions (closing pipes) that unblock them. */
public final class Cancellation {

    private volatile boolean cancelled;
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        for (Runnable action : onCancel) {
            try {
                action.run();
            } catch (RuntimeException ignored) {
                // best effort: one failing action must not keep the others from unblocking their command
            }
        }
    }

    /** Runs {@code action} on cancel, or at once if already cancelled. */
    public void whenCancelled(Runnable action) {
        onCancel.add(action);
        if (cancelled) {
            action.run();
        }
    }
}
