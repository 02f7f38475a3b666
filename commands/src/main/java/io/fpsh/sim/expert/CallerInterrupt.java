package io.fpsh.sim.expert;

/**
 * Ctrl-C for a command running on its caller's thread: interrupts that thread while the command runs, and never
 * after (the thread goes on to read the session), so the interrupt it caused is cleared when the command is done.
 */
final class CallerInterrupt {
    private final Thread caller = Thread.currentThread();
    private boolean armed = true;
    private boolean fired;

    synchronized void fire() {
        if (armed) {
            fired = true;
            caller.interrupt();
        }
    }

    /** The command returned: later cancels do nothing; an interrupt this one sent is taken back. */
    synchronized void disarm() {
        armed = false;
        if (fired) {
            Thread.interrupted();
        }
    }
}
