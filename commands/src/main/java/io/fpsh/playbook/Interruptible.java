package io.fpsh.playbook;

/**
 * A sleep that ends its step when the run interrupts it: a user's playbook's {@code sleep} is compiled to call this
 * (io.fpsh.playbook.dsl.InterruptibleSleep), not Groovy's, which sleeps on through an interrupt to the end of its time: a
 * {@code while (true) { sleep 60_000 }} would hold its thread up to a minute past the step's budget.
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
