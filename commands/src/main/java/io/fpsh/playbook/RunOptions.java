package io.fpsh.playbook;

import java.time.Duration;
import java.util.Map;

/**
 * How a playbook runs on each device.
 *
 * @param params         what the engineer knows of the site (an inventory's data, a lab's site, {@code --param})
 * @param commandTimeout each probe's own time-out ({@code --timeout S})
 * @param deviceBudget   the most one device may take, all steps (and fixes) included
 * @param fix            whether findings' fixes are applied ({@code --fix}, {@code --fix --yes})
 * @param allowChanges   {@code --allow-changes}: a real device may be changed (a lab always may)
 */
public record RunOptions(Map<String, String> params, Duration commandTimeout, Duration deviceBudget, FixMode fix,
                         boolean allowChanges) {

    public RunOptions {
        params = Map.copyOf(params);
    }

    public static RunOptions defaults() {
        return new RunOptions(Map.of(), TargetSession.DEFAULT_COMMAND_TIMEOUT, Duration.ofMinutes(5), FixMode.NONE,
                false);
    }

    /** Whether and how fixes are applied. */
    public enum FixMode {
        /** Report the fixes, apply none. */
        NONE,
        /** {@code --fix} on a terminal: ask before each command. */
        ASK,
        /** {@code --fix --yes}: apply each without asking. */
        YES
    }
}
