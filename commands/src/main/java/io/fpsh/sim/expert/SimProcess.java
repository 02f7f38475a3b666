package io.fpsh.sim.expert;

/**
 * One process of the simulated device, with what {@code ps aux} and {@code ps -ef} print.
 *
 * @param name        the short command name (comm), e.g. {@code EventHandler}; lsof and netstat show it
 * @param commandLine the full command line, e.g. {@code /ngfw/usr/local/sf/bin/EventHandler}
 * @param stat        the ps STAT column, e.g. {@code Ss}, {@code Sl}, {@code R+}
 * @param tty         {@code ?} for daemons, {@code pts/0} for the session
 * @param start       the START / STIME column, e.g. {@code Apr07} or {@code 01:27}
 * @param cpuSeconds  accumulated CPU time
 */
public record SimProcess(int pid, int ppid, String user, String name, String commandLine, String stat, String tty,
                         String start, long cpuSeconds, double cpuPercent, double memPercent, long vszKb,
                         long rssKb) {

    /** A sleeping daemon started by pmtool (ppid 1) with plausible defaults for the rest. */
    public static SimProcess daemon(int pid, String user, String name, String commandLine) {
        return new SimProcess(pid, 1, user, name, commandLine, "Sl", "?", "Apr07", 61, 0.1, 0.4, 812_344, 41_220);
    }
}
