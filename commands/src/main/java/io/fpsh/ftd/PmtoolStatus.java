package io.fpsh.ftd;

import java.util.List;

/**
 * {@code pmtool status}: the daemons the process manager runs, each as its header line gives it
 * ({@code SSEConnector (system) - Running 20697}) with the record's lines that say what it runs and what it depends on.
 */
public record PmtoolStatus(List<Daemon> daemons) {

    public PmtoolStatus {
        daemons = List.copyOf(daemons);
    }

    /**
     * One daemon.
     *
     * @param category   {@code normal} or {@code system}, as printed in parentheses
     * @param state      the header's word after the dash: {@code Running}, {@code Waiting}, {@code Disabled}...
     * @param pid        the pid a Running daemon's header ends with; null otherwise
     * @param command    the {@code Command:} line; null when absent, as are {@code pidFile} and {@code enableFile}
     * @param requires   the {@code Requires:} line's daemons; empty when absent
     * @param requiredBy the {@code Required by:} line's daemons; empty when absent
     */
    public record Daemon(String name, String category, String state, Integer pid, String command, String pidFile,
                         String enableFile, List<String> requires, List<String> requiredBy) {

        public Daemon {
            requires = List.copyOf(requires);
            requiredBy = List.copyOf(requiredBy);
        }
    }
}
