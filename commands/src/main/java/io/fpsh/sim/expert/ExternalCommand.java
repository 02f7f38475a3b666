package io.fpsh.sim.expert;

/**
 * A command the simulator plugs into the shell (curl, nslookup, sudo, exit...). It reads {@link CommandCall#in()},
 * writes {@link CommandCall#out()}/{@link CommandCall#err()}, should return promptly once
 * {@link CommandCall#cancellation()} is cancelled, and returns its exit status. Built-in commands implement it too.
 */
@FunctionalInterface
public interface ExternalCommand {

    int run(CommandCall call);
}
