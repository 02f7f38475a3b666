package io.fpsh.playbook;

/**
 * A sleep that ends its step when the run interrupts it: a playbook's {@code sleep} goes here (see
 * {@link StepContext#sleep}), not to Groovy's, which sleeps on through an interrupt and would leave a
 * {@code while (true) { sleep 100 }} running past its budget for good.
 */
public final class Interruptible {
    private Interruptible() {}

    public static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // kept, so a loop's own interrupt check sees it too
            throw new StepInterrupted("interrupted while sleeping");
        }
    }
}
