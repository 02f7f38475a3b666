package io.fpsh.sim.expert;

import io.fpsh.ftd.PmtoolStatus;

import java.util.List;

/**
 * One pmtool-managed daemon as {@code pmtool status} prints it:
 * {@code SSEConnector (system) - Running 20697}, then its Command, PID File, Enable File and Required by lines.
 *
 * @param state      {@code Running}, {@code Disabled}, {@code Waiting}...; the pid follows only when Running
 * @param requiredBy the daemons that require this one; the line is left out when empty
 */
public record PmtoolDaemon(String name, Category category, String state, int pid, String command, String pidFile,
                           String enableFile, List<String> requiredBy) {

    /** pmtool's daemon categories, printed in parentheses. */
    public enum Category {
        NORMAL, SYSTEM;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PmtoolDaemon {
        requiredBy = List.copyOf(requiredBy);
    }

    public boolean isRunning() {
        return state.equals("Running");
    }

    /** What {@code pmtool status} prints of this daemon, as data: the pid only when Running, no Requires line. */
    public PmtoolStatus.Daemon record() {
        return new PmtoolStatus.Daemon(name, category.label(), state, isRunning() ? pid : null, command, pidFile,
                enableFile, List.of(), requiredBy);
    }
}
