package io.fpsh.playbook;

/**
 * Thrown into a user's playbook by its {@code sleep} when its step's time is up (the interrupt checks compiled into
 * its loops, methods and closures throw Groovy's InterruptedException). An Error, so a playbook's {@code catch (e)}
 * (which catches Exception) does not swallow it and sleep on; a {@code catch (Throwable t)} still can: this is not
 * a sandbox.
 */
public final class StepInterrupted extends Error {
    public StepInterrupted(String message) {
        super(message, null, false, false);
    }
}
