package io.fpsh.playbook;

/**
 * Thrown into a user's playbook when its step's time is up: by the interrupt checks compiled into its loops,
 * methods and closures, and by its {@code sleep}. An Error, so a playbook's {@code catch (e)} (which catches
 * Exception) does not swallow it and loop on; a {@code catch (Throwable t)} still can: this is not a sandbox.
 */
public final class StepInterrupted extends Error {
    public StepInterrupted(String message) {
        super(message, null, false, false);
    }
}
